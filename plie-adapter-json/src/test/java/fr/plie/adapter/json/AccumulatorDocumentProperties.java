package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.fixture.RandomCohort;
import fr.plie.reporting.indicator.AccumulatorSnapshot;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.ReportedParcours;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The indicator-accumulator document: PLIEs write their accumulators, the network reads and merges them, and gets
 * exactly the figures of one pass over every parcours.
 */
class AccumulatorDocumentProperties {
    private static final PlieJson JSON = PlieJson.create();
    private static final ReportingPeriod PERIOD = ReportingPeriod.year(2024);
    private static final ReportingOptions OPTIONS =
            ReportingOptions.asOf(LocalDate.of(2025, 2, 15)).withTargets(Targets.GRAND_AMIENOIS);

    /** The accumulator of 10 parcours of cohort 7, whose documents the refusals below change. */
    private static final IndicatorAccumulator SEVEN = accumulate(RandomCohort.of(7, 10));

    private static IndicatorAccumulator accumulate(List<ReportedParcours> parcours) {
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(PERIOD, OPTIONS);
        parcours.forEach(accumulator::add);
        return accumulator;
    }

    @Test
    void merging_the_documents_of_several_plies_gives_the_figures_of_one_pass() {
        qt().withExamples(60)
                .forAll(longs().all(), integers().between(0, 40), integers().between(1, 4))
                .checkAssert((seed, size, plies) -> {
                    List<ReportedParcours> cohort = RandomCohort.of(seed, size);
                    List<List<ReportedParcours>> parts = RandomCohort.dealt(cohort, plies, seed);
                    IndicatorAccumulator network = IndicatorAccumulator.empty(PERIOD, OPTIONS);
                    for (List<ReportedParcours> part : parts) {
                        String document = JSON.writeAsString(
                                PlieDocument.INDICATOR_ACCUMULATOR,
                                accumulate(part).snapshot());
                        assertThat(Schemas.violations(PlieDocument.INDICATOR_ACCUMULATOR, document))
                                .isEmpty();
                        AccumulatorSnapshot read = JSON.read(PlieDocument.INDICATOR_ACCUMULATOR, document)
                                .value()
                                .get();
                        network.merge(IndicatorAccumulator.fromSnapshot(read));
                    }
                    assertThat(network.report()).isEqualTo(accumulate(cohort).report());
                });
    }

    @Test
    void a_document_with_drill_down_or_the_wrong_months_is_refused_with_its_pointer() {
        String valid = JSON.writeAsString(PlieDocument.INDICATOR_ACCUMULATOR, SEVEN.snapshot());
        String drilled = valid.replace("\"drillDown\":false", "\"drillDown\":true");
        assertThat(drilled).isNotEqualTo(valid);
        assertThat(JSON.read(PlieDocument.INDICATOR_ACCUMULATOR, drilled).errors())
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(Tuple.tuple(JsonErrorCode.RULE_NO_PERSON, "/options/drillDown"));
        String shortYear = valid.replaceFirst("\"months\":\\[\\{[^}]*},", "\"months\":[");
        assertThat(JSON.read(PlieDocument.INDICATOR_ACCUMULATOR, shortYear).errors())
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.RULE_DERIVED);
        String unknown = valid.replaceFirst("\"indicator\":\"[a-z-]+\"", "\"indicator\":\"participants-happy\"");
        assertThat(JSON.read(PlieDocument.INDICATOR_ACCUMULATOR, unknown).errors())
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.VALUE_ENUM);
    }

    @Test
    void a_caseload_cell_without_its_key_is_refused_at_the_key_in_french_and_english() {
        String valid = JSON.writeAsString(PlieDocument.INDICATOR_ACCUMULATOR, SEVEN.snapshot());
        String nullKey = valid.replace("\"caseloads\":[{\"key\":\"?\"", "\"caseloads\":[{\"key\":null");
        String noKey = valid.replace("\"caseloads\":[{\"key\":\"?\",", "\"caseloads\":[{");
        assertThat(nullKey).isNotEqualTo(valid);
        for (String document : List.of(nullKey, noKey)) {
            ReadResult<AccumulatorSnapshot> read = JSON.read(PlieDocument.INDICATOR_ACCUMULATOR, document);
            assertThat(read.value()).isEmpty();
            assertThat(read.errors()).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo(JsonErrorCode.FIELD_REQUIRED);
                assertThat(e.pointer()).isEqualTo("/caseloads/0/key");
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.column()).isPositive();
                assertThat(e.message()).startsWith("Le champ key est obligatoire.");
                assertThat(e.message(Locale.ENGLISH)).startsWith("The field key is required.");
            });
            assertThat(Schemas.violations(PlieDocument.INDICATOR_ACCUMULATOR, document))
                    .isNotEmpty();
        }
    }
}
