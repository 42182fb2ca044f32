package fr.plie.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.plie.core.admission.ReferentId;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.fixture.RandomCohort;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The merge is what lets two halves of a file, two threads or two PLIEs combine their figures: it must be
 * associative, have the empty accumulator as identity, and give exactly the figures of one pass.
 */
class IndicatorAccumulatorProperties {
    private static final ReportingPeriod PERIOD = ReportingPeriod.year(2024);
    private static final ReportingOptions OPTIONS = ReportingOptions.asOf(LocalDate.of(2025, 2, 15))
            .withDrillDown(true)
            .withProtocol(new ReportingPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2027, 12, 31)))
            .withReferentFte(
                    Map.of(ReferentId.of("REF-0"), BigDecimal.ONE, ReferentId.of("REF-1"), new BigDecimal("0.5")))
            .withCommuneToEpci(Map.of(RandomCohort.COMMUNES[0], "Amiens Métropole"))
            .withTargets(Targets.GRAND_AMIENOIS);

    private static IndicatorAccumulator accumulate(List<ReportedParcours> parcours) {
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(PERIOD, OPTIONS);
        parcours.forEach(accumulator::add);
        return accumulator;
    }

    private static List<List<ReportedParcours>> split(List<ReportedParcours> cohort, int parts, long seed) {
        return RandomCohort.dealt(cohort, parts, seed);
    }

    @Test
    void merging_the_accumulators_of_any_split_gives_the_figures_of_one_pass() {
        qt().withExamples(60)
                .forAll(longs().all(), integers().between(0, 40), integers().between(1, 5))
                .check((seed, size, parts) -> {
                    List<ReportedParcours> cohort = RandomCohort.of(seed, size);
                    IndicatorAccumulator merged = IndicatorAccumulator.empty(PERIOD, OPTIONS);
                    split(cohort, parts, seed ^ size).forEach(part -> merged.merge(accumulate(part)));
                    return merged.report().equals(accumulate(cohort).report());
                });
    }

    @Test
    void merge_is_associative() {
        qt().withExamples(60).forAll(longs().all(), integers().between(0, 40)).check((seed, size) -> {
            List<List<ReportedParcours>> abc = split(RandomCohort.of(seed, size), 3, seed + 1);
            IndicatorReport left = accumulate(abc.get(0))
                    .merge(accumulate(abc.get(1)))
                    .merge(accumulate(abc.get(2)))
                    .report();
            IndicatorReport right = accumulate(abc.get(0))
                    .merge(accumulate(abc.get(1)).merge(accumulate(abc.get(2))))
                    .report();
            return left.equals(right);
        });
    }

    @Test
    void the_empty_accumulator_is_the_identity_on_both_sides() {
        qt().withExamples(60).forAll(longs().all(), integers().between(0, 40)).check((seed, size) -> {
            List<ReportedParcours> cohort = RandomCohort.of(seed, size);
            IndicatorReport alone = accumulate(cohort).report();
            return IndicatorAccumulator.empty(PERIOD, OPTIONS)
                            .merge(accumulate(cohort))
                            .report()
                            .equals(alone)
                    && accumulate(cohort)
                            .merge(IndicatorAccumulator.empty(PERIOD, OPTIONS))
                            .report()
                            .equals(alone);
        });
    }

    @Test
    void a_parallel_stream_collects_the_same_report_as_a_sequential_one() {
        List<ReportedParcours> cohort = RandomCohort.of(42, 2000);

        IndicatorReport sequential = cohort.stream().collect(IndicatorAccumulator.collector(PERIOD, OPTIONS));
        IndicatorReport parallel = cohort.parallelStream().collect(IndicatorAccumulator.collector(PERIOD, OPTIONS));

        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential.count(Indicator.ACTIVE_FILE)).isPositive();
        assertThat(sequential.count(Indicator.EXITS)).isPositive();
    }
}
