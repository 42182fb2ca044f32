package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.admission.ReferentId;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.Participant;
import fr.plie.core.step.Employment;
import fr.plie.reporting.indicator.Figure;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents of format v1 kept under {@code golden/v1/}: every later version of the library must keep reading
 * them. Never edit one; add a new file instead. The examples in {@code docs/examples/} are held to the same.
 */
class GoldenFilesTest {
    private final PlieJson json = PlieJson.create();

    static Stream<Path> documents() throws IOException {
        return Stream.concat(files(Path.of("src/test/resources/golden/v1")), files(Path.of("../docs/examples")));
    }

    private static Stream<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void a_golden_document_of_v1_reads_validates_and_survives_a_rewrite(Path file) throws IOException {
        PlieDocument<?> type = typeOf(file);
        String text = Files.readString(file);
        assertThat(Schemas.violations(type, text)).as("schema").isEmpty();
        assertRewriteStable(type, text);
    }

    /** The document a file holds, by the start of its name: {@code exit-policy-toulouse.json} is an exit policy. */
    static PlieDocument<?> typeOf(Path file) {
        String name = file.getFileName().toString();
        return PlieDocument.all().stream()
                .filter(t -> name.startsWith(t.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no document kind for " + name));
    }

    @Test
    void a_golden_policy_with_a_preset_reads_as_the_preset_with_its_overrides() throws IOException {
        ExitPolicy exit = json.read(
                        PlieDocument.EXIT_POLICY,
                        Files.readString(Path.of("src/test/resources/golden/v1/exit-policy-preset-overrides.json")))
                .value()
                .get();
        assertThat(exit.name()).isEqualTo("toulouse-cre-2025");
        assertThat(exit.followUp()).isEqualTo(Period.of(0, 6, 1));
        assertThat(exit.trainingFollowUpRequired()).isEqualTo(ExitPolicy.TOULOUSE_2015_2020.trainingFollowUpRequired());
        EligibilityPolicy eligibility = json.read(
                        PlieDocument.ELIGIBILITY_POLICY,
                        Files.readString(
                                Path.of("src/test/resources/golden/v1/eligibility-policy-preset-overrides.json")))
                .value()
                .get();
        assertThat(eligibility.territory()).isEqualTo(EligibilityPolicy.GRAND_AMIENOIS.territory());
        assertThat(eligibility.criteria()).hasSize(4);
        assertThat(eligibility.criteriaRequired()).isEqualTo(2);
    }

    @Test
    void the_golden_presets_read_as_the_presets_of_this_version() throws IOException {
        assertThat(json.read(
                                PlieDocument.EXIT_POLICY,
                                Files.readString(
                                        Path.of("src/test/resources/golden/v1/exit-policy-toulouse-2015-2020.json")))
                        .value()
                        .get())
                .isEqualTo(ExitPolicy.TOULOUSE_2015_2020);
        assertThat(json.read(
                                PlieDocument.ELIGIBILITY_POLICY,
                                Files.readString(
                                        Path.of("src/test/resources/golden/v1/eligibility-policy-grand-amienois.json")))
                        .value()
                        .get())
                .isEqualTo(EligibilityPolicy.GRAND_AMIENOIS);
    }

    @Test
    void the_golden_indicator_report_reads_with_the_whole_options_it_was_computed_with() throws IOException {
        IndicatorReport report = golden(PlieDocument.INDICATOR_REPORT, "indicator-report-drill-down.json");
        ReportingOptions options = report.options();
        assertThat(options.asOf()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(options.excludeAdministrativeExits()).isTrue();
        assertThat(options.drillDown()).isTrue();
        assertThat(options.protocol().get().to()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(options.targets()).isEqualTo(Targets.GRAND_AMIENOIS);
        assertThat(options.referentFte()).containsEntry(ReferentId.of("REF-01"), new BigDecimal("0.50"));
        assertThat(options.communeToEpci()).containsEntry(InseeCode.of("80021"), "Amiens Métropole");
        assertThat(report.figure(Indicator.EXITS_POSITIVE).parcours())
                .extracting(ParcoursId::value)
                .containsExactly("PAR-2023-0042");
        assertThat(report.positiveExitRate().value().get()).isEqualByComparingTo("1");
    }

    @Test
    void a_hand_written_report_leaves_out_the_derived_fields_and_the_zero_figures() throws IOException {
        IndicatorReport report = golden(PlieDocument.INDICATOR_REPORT, "indicator-report-hand-written.json");
        assertThat(report.count(Indicator.ACTIVE_FILE)).isEqualTo(12);
        assertThat(report.figure(Indicator.ENTRIES)).isEqualTo(Figure.ZERO);
        assertThat(report.positiveExitRate().value().get()).isEqualByComparingTo("0.6");
        assertThat(report.options().drillDown()).isFalse();
        assertThat(report.options().targets().capacityPerFte()).isEqualTo(90);
        assertThat(report.caseloads()).isEmpty();
    }

    /** The value of a golden file, which must read without error. */
    private <T> T golden(PlieDocument<T> type, String name) throws IOException {
        return json.read(type, Files.readString(Path.of("src/test/resources/golden/v1", name)))
                .value()
                .get();
    }

    private <T> void assertRewriteStable(PlieDocument<T> type, String text) {
        ReadResult<T> read = json.read(type, text);
        assertThat(read.errors()).isEmpty();
        T value = read.value().get();
        assertThat(json.read(type, json.writeAsString(type, value)).value().get())
                .isEqualTo(value);
    }

    @Test
    void the_exited_parcours_keeps_its_exit_validation_and_its_participant_personal_data() throws IOException {
        ParcoursDocument doc = read("parcours-exited-with-participant.json");
        assertThat(doc.parcours().status()).isEqualTo(ParcoursStatus.EXITED);
        assertThat(doc.parcours().exitDate().get()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(doc.participant().get().personalData().get().lastName()).isEqualTo("Benali");
    }

    @Test
    void the_part_time_contract_keeps_its_hours_to_the_hundredth_and_its_step_kinds() throws IOException {
        ParcoursDocument doc = read("parcours-part-time.json");
        Employment job = doc.parcours().steps().get(3).employment().get();
        assertThat(job.weeklyHours()).isEqualTo(new BigDecimal("17.50"));
        assertThat(job.workingTimeShare()).isEqualByComparingTo("0.5");
        assertThat(doc.parcours().steps())
                .extracting(s -> s.kind().name())
                .containsExactly("DIAGNOSTIC", "BARRIER_ACTION", "IMMERSION", "EMPLOYMENT", "BUSINESS_CREATION");
        assertThat(doc.parcours().decisions()).hasSize(2);
    }

    @Test
    void the_minimal_parcours_reads_with_empty_lists_and_no_commitment() throws IOException {
        ParcoursDocument doc = read("parcours-minimal.json");
        assertThat(doc.parcours().steps()).isEmpty();
        assertThat(doc.parcours().commitment().isEmpty()).isTrue();
        assertThat(doc.participant().isEmpty()).isTrue();
    }

    @Test
    void the_pseudonymous_export_holds_no_name() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/golden/v1/parcours-pseudonymous.json"));
        assertThat(text).doesNotContain("Benali").doesNotContain("personalData");
        Participant p = read("parcours-pseudonymous.json").participant().get();
        assertThat(p.personalData().isEmpty()).isTrue();
    }

    @Test
    void the_golden_ndjson_export_reads_every_line() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/golden/v1/export.ndjson"));
                NdjsonReader<ParcoursDocument> reader = json.readNdjson(PlieDocument.PARCOURS, in)) {
            List<NdjsonLine<ParcoursDocument>> lines = reader.stream().toList();
            assertThat(lines).extracting(NdjsonLine::line).containsExactly(1L, 2L);
            assertThat(lines).allMatch(l -> l.result().isValid());
        }
    }

    private ParcoursDocument read(String name) throws IOException {
        return json.readParcours(Files.readString(Path.of("src/test/resources/golden/v1", name)))
                .value()
                .get();
    }
}
