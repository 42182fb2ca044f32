package fr.plie.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

/** What a PLIE ships (a snapshot) merges into exactly the figures of one pass over every PLIE's parcours. */
class AccumulatorSnapshotProperties {
    private static final ReportingPeriod PERIOD = ReportingPeriod.year(2024);
    private static final ReportingOptions OPTIONS = ReportingOptions.asOf(LocalDate.of(2025, 2, 15))
            .withProtocol(new ReportingPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2027, 12, 31)))
            .withReferentFte(Map.of(ReferentId.of("REF-0"), BigDecimal.ONE))
            .withCommuneToEpci(Map.of(RandomCohort.COMMUNES[0], "Amiens Métropole"))
            .withTargets(Targets.GRAND_AMIENOIS);

    private static IndicatorAccumulator accumulate(List<ReportedParcours> parcours) {
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(PERIOD, OPTIONS);
        parcours.forEach(accumulator::add);
        return accumulator;
    }

    @Test
    void merging_the_snapshots_of_several_plies_gives_the_figures_of_one_pass() {
        qt().withExamples(80)
                .forAll(longs().all(), integers().between(0, 40), integers().between(1, 4))
                .checkAssert((seed, size, plies) -> {
                    List<ReportedParcours> cohort = RandomCohort.of(seed, size);
                    List<List<ReportedParcours>> parts = RandomCohort.dealt(cohort, plies, seed);
                    IndicatorAccumulator network = IndicatorAccumulator.empty(PERIOD, OPTIONS);
                    for (List<ReportedParcours> part : parts) {
                        network.merge(IndicatorAccumulator.fromSnapshot(
                                accumulate(part).snapshot()));
                    }
                    assertThat(network.report()).isEqualTo(accumulate(cohort).report());
                    assertThat(network.snapshot()).isEqualTo(accumulate(cohort).snapshot());
                });
    }

    @Test
    void an_accumulator_that_keeps_parcours_ids_has_no_snapshot() {
        IndicatorAccumulator drilling = IndicatorAccumulator.empty(PERIOD, OPTIONS.withDrillDown(true));
        assertThatThrownBy(drilling::snapshot).isInstanceOf(IllegalStateException.class);
    }
}
