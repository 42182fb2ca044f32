package fr.plie.core.participant;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.plie.core.fixture.ProfileFixture;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The age the eligibility rules and the indicators read: whole years as {@link Period} counts them. */
class AgeOnProperties {
    @Test
    void the_age_is_the_whole_years_between_birth_and_the_day_birthdays_and_29_february_included() {
        LocalDate origin = LocalDate.of(1940, 1, 1);
        qt().withExamples(5000)
                .forAll(integers().between(0, 25000), integers().between(0, 30000))
                .check((birthOffset, dayOffset) -> {
                    LocalDate birth = origin.plusDays(birthOffset);
                    LocalDate day = birth.plusDays(dayOffset);
                    return ProfileFixture.longTermJobSeeker()
                                    .birthDate(birth)
                                    .build()
                                    .ageOn(day)
                            == Period.between(birth, day).getYears();
                });
    }

    @Test
    void someone_born_on_29_february_is_a_year_older_on_1_march_of_a_common_year() {
        Profile profile = ProfileFixture.longTermJobSeeker()
                .birthDate(LocalDate.of(2000, 2, 29))
                .build();

        org.assertj.core.api.Assertions.assertThat(profile.ageOn(LocalDate.of(2023, 2, 28)))
                .isEqualTo(22);
        org.assertj.core.api.Assertions.assertThat(profile.ageOn(LocalDate.of(2023, 3, 1)))
                .isEqualTo(23);
    }
}
