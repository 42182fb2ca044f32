package fr.plie.rules.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The engine's allocation-free date arithmetic agrees with java.time's. */
class DaysProperties {
    @Test
    void adding_a_period_without_creating_a_date_agrees_with_local_date_plus() {
        qt().forAll(
                        integers().between(-200_000, 200_000), // within and beyond the month table
                        integers().between(0, 40),
                        integers().between(0, 40),
                        integers().between(0, 3))
                .checkAssert((epochDay, months, days, years) -> {
                    LocalDate start = LocalDate.ofEpochDay(epochDay);
                    Period period = Period.of(years, months, days);

                    assertThat(Days.plus(start, period))
                            .isEqualTo(start.plus(period).toEpochDay());
                });
    }

    /**
     * The engine's one convention for "N months" (docs/policies.md): whole calendar months counted from the first
     * day, then the days left over; against a count that steps a month at a time with java.time, within and
     * beyond the month table.
     */
    @Test
    void time_worked_is_whole_calendar_months_then_days_as_counted_month_by_month() {
        qt().forAll(integers().between(-200_000, 200_000), integers().between(-1, 800))
                .checkAssert((firstDay, length) -> {
                    LocalDate first = LocalDate.ofEpochDay(firstDay);
                    LocalDate end = first.plusDays(length + 1L); // the day after the last day worked
                    long expected = 0;
                    if (length >= 0) {
                        int months = 0;
                        while (!first.plusMonths(months + 1L).isAfter(end)) {
                            months++;
                        }
                        expected = months * Days.MONTH_UNITS
                                + (end.toEpochDay() - first.plusMonths(months).toEpochDay());
                    }

                    assertThat(Days.worked(firstDay, firstDay + (long) length))
                            .as("%s, %s days", first, length + 1)
                            .isEqualTo(expected);
                });
    }
}
