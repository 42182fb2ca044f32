package fr.plie.reporting.esf;

import static fr.plie.reporting.esf.EsfFixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.plie.core.esf.EsfOperation;
import fr.plie.core.esf.EsfOperations;
import fr.plie.core.parcours.Parcours;
import fr.plie.reporting.indicator.RandomCohort;
import fr.plie.reporting.indicator.ReportedParcours;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a parcours between operations loses no participant and counts none twice in an operation. */
class OperationSplitterProperties {
    private static final EsfOperations YEARS = EsfFixtures.yearlyOperations();

    /** The oracle: a parcours is in an operation when one of its days, entry to exit or as-of, is in the period. */
    private static boolean overlaps(Parcours parcours, EsfOperation operation) {
        if (parcours.entryDate().isEmpty() || parcours.entryDate().get().isAfter(AS_OF)) {
            return false;
        }
        LocalDate entry = parcours.entryDate().get();
        LocalDate last = parcours.exitDate().filter(e -> !e.isAfter(AS_OF)).getOrElse(AS_OF);
        for (LocalDate day = entry; !day.isAfter(last); day = day.plusDays(1)) {
            if (operation.period().contains(day)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void every_operation_counts_each_parcours_it_overlaps_once_and_the_days_add_up() {
        OperationSplitter splitter = new OperationSplitter(YEARS, OperationRule.SPLIT_AT_OPERATION_BOUNDARIES);
        qt().withExamples(150).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, size) -> {
            for (ReportedParcours reported : RandomCohort.of(seed, size)) {
                Parcours parcours = reported.parcours();
                List<ParticipantOperation> records = splitter.split(parcours, AS_OF);
                for (EsfOperation operation : YEARS.all()) {
                    long inIt = records.stream()
                            .filter(r -> r.operation().equals(operation))
                            .count();
                    assertThat(inIt).isEqualTo(overlaps(parcours, operation) ? 1 : 0);
                }
                long days = records.stream()
                        .mapToLong(
                                r -> ChronoUnit.DAYS.between(r.entry(), r.exit().getOrElse(AS_OF)) + 1)
                        .sum();
                long expected = parcours.entryDate()
                        .filter(e -> !e.isAfter(AS_OF))
                        .map(e -> ChronoUnit.DAYS.between(
                                        e,
                                        parcours.exitDate()
                                                .filter(x -> !x.isAfter(AS_OF))
                                                .getOrElse(AS_OF))
                                + 1)
                        .getOrElse(0L);
                assertThat(days)
                        .as("the records cover the parcours day for day")
                        .isEqualTo(expected);
                assertThat(records.stream()
                                .filter(ParticipantOperation::leftParcours)
                                .count())
                        .isEqualTo(parcours.exitDate().exists(x -> !x.isAfter(AS_OF)) ? 1 : 0);
            }
        });
    }

    @Test
    void the_first_operation_rule_keeps_each_participant_in_exactly_one_operation() {
        OperationSplitter splitter = new OperationSplitter(YEARS, OperationRule.FIRST_OPERATION_ONLY);
        qt().withExamples(150).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, size) -> {
            for (ReportedParcours reported : RandomCohort.of(seed, size)) {
                Parcours parcours = reported.parcours();
                boolean inAny = YEARS.all().stream().anyMatch(o -> overlaps(parcours, o));
                List<ParticipantOperation> records = splitter.split(parcours, AS_OF);
                assertThat(records).hasSize(inAny ? 1 : 0);
                records.forEach(
                        r -> assertThat(r.exit()).isEqualTo(parcours.exitDate().filter(x -> !x.isAfter(AS_OF))));
            }
        });
    }
}
