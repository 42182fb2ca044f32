package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.plie.rules.eligibility.EligibilityChecker;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.EligibilityResult;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A vendor stores or exchanges the engines' results and reads them back: what was read equals what was written,
 * explanation included, and says the same in French and English.
 */
class ResultRoundTripProperties {
    private final PlieJson json = PlieJson.create();

    @Test
    void any_exit_assessment_written_and_read_back_is_equal_and_explains_itself_the_same() {
        qt().withExamples(300)
                .forAll(
                        DomainGen.parcours(),
                        integers().between(0, ExitPolicy.presets().size() - 1),
                        integers().between(0, 3000))
                .checkAssert((parcours, preset, days) -> {
                    LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(days);
                    ExitAssessment written = ExitEngine.assess(
                            parcours, asOf, ExitPolicy.presets().get(preset));

                    ExitAssessment read = roundTrip(PlieDocument.EXIT_ASSESSMENT, written);

                    assertThat(read).isEqualTo(written);
                    assertThat(read.isReadyToPronounce()).isEqualTo(written.isReadyToPronounce());
                    assertThat(read.explanation().render())
                            .isEqualTo(written.explanation().render());
                    assertThat(read.explanation().render(Locale.ENGLISH))
                            .isEqualTo(written.explanation().render(Locale.ENGLISH));
                });
    }

    @Test
    void any_eligibility_result_written_and_read_back_is_equal_and_gives_the_same_reasons() {
        EligibilityPolicy[] presets = {EligibilityPolicy.GRAND_AMIENOIS, EligibilityPolicy.GRAND_PERIGUEUX_2022_2027};
        qt().withExamples(300)
                .forAll(
                        DomainGen.participants(),
                        integers().between(0, 1),
                        integers().between(0, 3000))
                .checkAssert((participant, preset, days) -> {
                    LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(days);
                    EligibilityResult written = EligibilityChecker.check(participant.profile(), asOf, presets[preset]);

                    EligibilityResult read = roundTrip(PlieDocument.ELIGIBILITY_RESULT, written);

                    assertThat(read).isEqualTo(written);
                    assertThat(read.explain(Locale.FRENCH)).isEqualTo(written.explain(Locale.FRENCH));
                    assertThat(read.explain(Locale.ENGLISH)).isEqualTo(written.explain(Locale.ENGLISH));
                });
    }

    @Test
    void assessments_stream_as_ndjson_one_per_line_and_come_back_in_order() throws Exception {
        List<ExitAssessment> written = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NdjsonWriter<ExitAssessment> writer = json.writeNdjson(PlieDocument.EXIT_ASSESSMENT, out)) {
            qt().withExamples(40).forAll(DomainGen.parcours()).checkAssert(parcours -> {
                ExitAssessment a = ExitEngine.assess(parcours, LocalDate.of(2025, 6, 30), ExitPolicy.GRAND_AMIENOIS);
                written.add(a);
                writer.write(a);
            });
        }
        List<ExitAssessment> read = new ArrayList<>();
        try (NdjsonReader<ExitAssessment> reader =
                json.readNdjson(PlieDocument.EXIT_ASSESSMENT, new ByteArrayInputStream(out.toByteArray()))) {
            reader.stream().forEach(line -> read.add(line.result().value().get()));
        }
        assertThat(read).isEqualTo(written);
    }

    @Test
    void the_jackson_module_alone_reads_an_assessment_a_vendor_embeds_in_its_own_documents() {
        ExitAssessment a = ExitEngine.assess(
                Samples.exitedParcours().parcours(), LocalDate.of(2024, 3, 5), ExitPolicy.TOULOUSE_2015_2020);
        String text = json.mapper().writeValueAsString(List.of(a));

        ExitAssessment[] back = json.mapper().readValue(text, ExitAssessment[].class);

        assertThat(back).containsExactly(a);
    }

    private <T> T roundTrip(PlieDocument<T> type, T value) {
        String text = json.writeAsString(type, value);
        ReadResult<T> read = json.read(type, text);
        assertThat(read.errors()).as(text).isEmpty();
        return read.value().get();
    }
}
