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
                        integers().between(-50_000, 130_000),
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

    @Test
    void the_epoch_day_of_a_date_agrees_with_local_date_within_and_beyond_the_table() {
        qt().forAll(integers().between(-200_000, 200_000)).checkAssert(epochDay -> {
            LocalDate date = LocalDate.ofEpochDay(epochDay);

            assertThat(Days.epochDay(date)).isEqualTo(epochDay.longValue());
        });
    }
}
