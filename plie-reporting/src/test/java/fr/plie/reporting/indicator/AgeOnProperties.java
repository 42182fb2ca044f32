package fr.plie.reporting.indicator;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.plie.core.fixture.ProfileFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The reporting's allocation-free age is the core's {@code Profile.ageOn}, birthdays and 29 February included. */
class AgeOnProperties {
    @Test
    void the_age_at_entry_is_the_profiles_age_on_that_day() {
        LocalDate origin = LocalDate.of(1940, 1, 1);
        qt().withExamples(5000)
                .forAll(integers().between(0, 25000), integers().between(0, 30000))
                .check((birthOffset, dayOffset) -> {
                    LocalDate birth = origin.plusDays(birthOffset);
                    LocalDate day = birth.plusDays(dayOffset);
                    return IndicatorAccumulator.ageOn(birth, day)
                            == ProfileFixture.longTermJobSeeker()
                                    .birthDate(birth)
                                    .build()
                                    .ageOn(day);
                });
    }
}
