package fr.plie.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.participant.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Ages are taken at entry, and a birthday counts from its own day. */
class AgeBandsOnBirthdaysTest {
    private static final LocalDate ENTRY = LocalDate.of(2024, 3, 15);

    private static IndicatorReport enteringBornOn(LocalDate birthDate) {
        IndicatorAccumulator accumulator =
                IndicatorAccumulator.empty(Cohorts.YEAR_2024, ReportingOptions.asOf(Cohorts.AS_OF));
        accumulator.add(
                ParcoursFixture.enteredOn(ENTRY).build(),
                ProfileFixture.longTermJobSeeker()
                        .birthDate(birthDate)
                        .sex(Sex.MALE)
                        .build());
        return accumulator.report();
    }

    @Test
    void a_participant_who_turns_26_on_the_entry_day_is_26() {
        IndicatorReport report = enteringBornOn(LocalDate.of(1998, 3, 15));

        assertThat(report.count(Indicator.AGE_26_29)).isEqualTo(1);
        assertThat(report.count(Indicator.AGE_UNDER_26)).isZero();
    }

    @Test
    void a_participant_who_turns_26_the_day_after_entry_is_still_under_26() {
        IndicatorReport report = enteringBornOn(LocalDate.of(1998, 3, 16));

        assertThat(report.count(Indicator.AGE_UNDER_26)).isEqualTo(1);
        assertThat(report.count(Indicator.AGE_26_29)).isZero();
    }

    @Test
    void turning_45_on_the_entry_day_makes_a_senior_of_seed_004() {
        assertThat(enteringBornOn(LocalDate.of(1979, 3, 15)).count(Indicator.AGE_45_49))
                .isEqualTo(1);
        assertThat(enteringBornOn(LocalDate.of(1979, 3, 16)).count(Indicator.AGE_30_44))
                .isEqualTo(1);
    }

    @Test
    void esf_age_groups_follow_the_same_birthdays_18_29_and_55_and_over() {
        assertThat(enteringBornOn(LocalDate.of(1994, 3, 16)).count(Indicator.EECO07_18_29))
                .isEqualTo(1);
        assertThat(enteringBornOn(LocalDate.of(1994, 3, 15)).count(Indicator.EECO07_18_29))
                .isZero();
        assertThat(enteringBornOn(LocalDate.of(1969, 3, 15)).count(Indicator.EECO08_55_AND_OVER))
                .isEqualTo(1);
        assertThat(enteringBornOn(LocalDate.of(1969, 3, 16)).count(Indicator.EECO08_55_AND_OVER))
                .isZero();
    }

    @Test
    void someone_born_on_29_february_turns_26_on_1_march_of_a_common_year() {
        LocalDate leapBirth = LocalDate.of(1996, 2, 29);
        assertThat(entering(LocalDate.of(2022, 2, 28), leapBirth).count(Indicator.AGE_UNDER_26))
                .isEqualTo(1);
        assertThat(entering(LocalDate.of(2022, 3, 1), leapBirth).count(Indicator.AGE_26_29))
                .isEqualTo(1);
    }

    private static IndicatorReport entering(LocalDate entry, LocalDate birthDate) {
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(
                fr.plie.core.parcours.ReportingPeriod.year(2022), ReportingOptions.asOf(Cohorts.AS_OF));
        accumulator.add(
                ParcoursFixture.enteredOn(entry).build(),
                ProfileFixture.longTermJobSeeker().birthDate(birthDate).build());
        return accumulator.report();
    }
}
