package fr.plie.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A period includes its first and last days; what happens the day before or after belongs elsewhere. */
class PeriodEdgesTest {
    private static final ReportingPeriod SPRING =
            new ReportingPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31));

    private static Parcours exitedOn(String id, LocalDate entry, LocalDate exit) {
        return Cohorts.close(ParcoursFixture.enteredOn(id, entry), exit, ExitCategory.POSITIVE_TRAINING)
                .build();
    }

    private static IndicatorReport spring(List<Parcours> cohort) {
        return Cohorts.report(SPRING, ReportingOptions.asOf(Cohorts.AS_OF).withDrillDown(true), cohort);
    }

    private static List<ParcoursId> ids(String... values) {
        return java.util.Arrays.stream(values).map(ParcoursId::of).toList();
    }

    @Test
    void an_entry_on_the_first_day_counts_and_one_the_day_before_does_not() {
        IndicatorReport report = spring(List.of(
                ParcoursFixture.enteredOn("ON-FIRST", LocalDate.of(2024, 3, 1)).build(),
                ParcoursFixture.enteredOn("DAY-BEFORE", LocalDate.of(2024, 2, 29))
                        .build(),
                ParcoursFixture.enteredOn("ON-LAST", LocalDate.of(2024, 5, 31)).build(),
                ParcoursFixture.enteredOn("DAY-AFTER", LocalDate.of(2024, 6, 1)).build()));

        assertThat(report.figure(Indicator.ENTRIES).parcours()).isEqualTo(ids("ON-FIRST", "ON-LAST"));
        assertThat(report.figure(Indicator.ACTIVE_FILE).parcours()).isEqualTo(ids("DAY-BEFORE", "ON-FIRST", "ON-LAST"));
    }

    @Test
    void an_exit_on_the_last_day_is_pronounced_in_the_period_and_one_the_day_after_is_not() {
        LocalDate entry = LocalDate.of(2023, 11, 6);
        IndicatorReport report = spring(List.of(
                exitedOn("ON-LAST", entry, LocalDate.of(2024, 5, 31)),
                exitedOn("DAY-AFTER", entry, LocalDate.of(2024, 6, 1)),
                exitedOn("ON-FIRST", entry, LocalDate.of(2024, 3, 1)),
                exitedOn("DAY-BEFORE", entry, LocalDate.of(2024, 2, 29))));

        assertThat(report.figure(Indicator.EXITS).parcours()).isEqualTo(ids("ON-FIRST", "ON-LAST"));
        assertThat(report.figure(Indicator.ACTIVE_FILE).parcours()).isEqualTo(ids("DAY-AFTER", "ON-FIRST", "ON-LAST"));
        assertThat(report.figure(Indicator.ACTIVE_AT_END).parcours()).isEqualTo(ids("DAY-AFTER"));
    }

    @Test
    void a_proposed_exit_not_yet_validated_is_not_pronounced() {
        Parcours proposed = ParcoursFixture.enteredOn("PROPOSED", LocalDate.of(2023, 11, 6))
                .proposeExit(LocalDate.of(2024, 4, 2), ExitCategory.POSITIVE_EMPLOYMENT)
                .build();

        IndicatorReport report = spring(List.of(proposed));

        assertThat(report.count(Indicator.EXITS)).isZero();
        assertThat(report.count(Indicator.ACTIVE_FILE)).isEqualTo(1);
    }

    @Test
    void first_receptions_are_the_referrals_of_the_period_even_before_any_decision() {
        IndicatorReport report = spring(List.of(
                ParcoursFixture.referredOn(LocalDate.of(2024, 3, 1)).build(),
                ParcoursFixture.enteredOn("REFERRED-BEFORE", LocalDate.of(2024, 3, 10))
                        .build()));

        // the second one was referred 14 days before its entry, on 2024-02-25
        assertThat(report.count(Indicator.FIRST_RECEPTIONS)).isEqualTo(1);
        assertThat(report.count(Indicator.ACTIVE_FILE)).isEqualTo(1);
    }

    @Test
    void entries_and_exits_fall_in_their_month_and_the_active_file_in_every_month_it_spans() {
        IndicatorReport report = spring(List.of(exitedOn("P", LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 1))));

        assertThat(report.breakdown(Dimension.MONTH))
                .extracting(BreakdownRow::key, BreakdownRow::active, BreakdownRow::entries, BreakdownRow::exits)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2024-03", 1L, 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("2024-04", 1L, 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple("2024-05", 0L, 0L, 0L));
    }
}
