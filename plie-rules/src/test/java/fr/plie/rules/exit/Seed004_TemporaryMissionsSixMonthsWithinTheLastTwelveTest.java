package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.fullTime;
import static fr.plie.rules.exit.Parcourses.step;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.step.ContractType;
import fr.plie.core.step.StepId;
import org.junit.jupiter.api.Test;

/** Seed 004: "les missions intérimaires – au moins 6 mois dans les 12 derniers mois". */
class Seed004_TemporaryMissionsSixMonthsWithinTheLastTwelveTest {
    private static final ExitPolicy AMIENS = ExitPolicy.GRAND_AMIENOIS;

    @Test
    void missions_with_gaps_count_once_they_total_six_months_within_twelve() {
        // 3 whole months + 2 whole months + 1 whole month (1 to 31 August): 6 months on 2024-08-31
        var parcours = Parcourses.of(
                step("S1", fullTime(ContractType.TEMPORARY_MISSION), "2024-01-01", "2024-03-31"),
                step("S2", fullTime(ContractType.TEMPORARY_MISSION), "2024-05-01", "2024-06-30"),
                step("S3", fullTime(ContractType.TEMPORARY_MISSION), "2024-08-01", "2024-10-31"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-11-15"), AMIENS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-08-31"));
        assertThat(assessment.qualifyingSteps()).containsExactly(StepId.of("S1"), StepId.of("S2"), StepId.of("S3"));
        assertThat(assessment.explanation().render(java.util.Locale.ENGLISH))
                .contains("Temporary work: 8 months worked in the 12 months from 2023-11-16 to 2024-11-15 (the window"
                        + " ending on the assessment date), at least 6 months needed (steps S1, S2, S3).");
    }

    @Test
    void only_the_missions_within_the_twelve_months_qualify_listed_in_chronological_order() {
        var parcours = Parcourses.of(
                step("S9", fullTime(ContractType.TEMPORARY_MISSION), "2023-01-10", "2023-02-07"),
                step("S3", fullTime(ContractType.TEMPORARY_MISSION), "2024-01-01", "2024-05-31"),
                step("S4", fullTime(ContractType.TEMPORARY_MISSION), "2024-01-01", "2024-01-31"),
                step("S2", fullTime(ContractType.TEMPORARY_MISSION), "2024-06-01", "2024-07-31"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-09-01"), AMIENS);

        // 1 January to 30 June is 6 months, as for a contract
        assertThat(assessment.pronounceableFrom()).contains(day("2024-06-30"));
        assertThat(assessment.qualifyingSteps()).containsExactly(StepId.of("S4"), StepId.of("S3"), StepId.of("S2"));
    }

    @Test
    void missions_spread_over_more_than_twelve_months_do_not_count() {
        var parcours = Parcourses.of(
                step("S1", fullTime(ContractType.TEMPORARY_MISSION), "2023-01-02", "2023-04-30"),
                step("S2", fullTime(ContractType.TEMPORARY_MISSION), "2024-03-01", "2024-05-31"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-09-01"), AMIENS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(assessment.explanation().keys()).contains("temporary.window-not-met");
        assertThat(assessment.explanation().render())
                .contains("au plus 3 mois travaillés sur 12 mois", "au moins 6 mois");
    }

    @Test
    void six_whole_calendar_months_of_missions_are_six_months_whatever_the_length_of_the_months() {
        // February, April, June, September, November 2023 and January 2024: 179 days, six whole months
        var parcours = Parcourses.of(
                step("S1", fullTime(ContractType.TEMPORARY_MISSION), "2023-02-01", "2023-02-28"),
                step("S2", fullTime(ContractType.TEMPORARY_MISSION), "2023-04-01", "2023-04-30"),
                step("S3", fullTime(ContractType.TEMPORARY_MISSION), "2023-06-01", "2023-06-30"),
                step("S4", fullTime(ContractType.TEMPORARY_MISSION), "2023-09-01", "2023-09-30"),
                step("S5", fullTime(ContractType.TEMPORARY_MISSION), "2023-11-01", "2023-11-30"),
                step("S6", fullTime(ContractType.TEMPORARY_MISSION), "2024-01-01", "2024-01-31"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-01-31"), AMIENS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-01-31"));
        assertThat(ExitEngine.assess(parcours, day("2024-01-30"), AMIENS).outcome())
                .isEqualTo(ExitOutcome.NOT_YET);
    }

    @Test
    void missions_that_totalled_six_months_a_year_before_the_assessment_do_not_make_an_exit_positive_today() {
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.TEMPORARY_MISSION), "2023-01-02", "2023-07-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-09-01"), AMIENS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(assessment.explanation().render(java.util.Locale.ENGLISH))
                .contains("Temporary work: at most 0 days worked within 12 months (the window ending on the"
                        + " assessment date), at least 6 months needed.");
        ExitPolicy anyWindow =
                ExitPolicy.from(AMIENS).name("any").windowEnd(WindowEnd.ANY_DAY).build();
        assertThat(ExitEngine.assess(parcours, day("2024-09-01"), anyWindow).pronounceableFrom())
                .contains(day("2023-07-01"));
    }

    @Test
    void the_exit_is_pronounceable_no_earlier_than_the_first_mission_of_the_window_that_qualifies_it() {
        // S1 held the need on 2023-07-01; the window ending on the assessment date (2023-07-02 to 2024-07-01)
        // holds only S2, so the exit it qualifies is pronounceable from S2's start
        var parcours = Parcourses.of(
                step("S1", fullTime(ContractType.TEMPORARY_MISSION), "2023-01-01", "2023-07-01"),
                step("S2", fullTime(ContractType.TEMPORARY_MISSION), "2023-07-02", "2024-07-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-07-01"), AMIENS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(assessment.qualifyingSteps()).containsExactly(StepId.of("S2"));
        assertThat(assessment.pronounceableFrom()).contains(day("2023-07-02"));
    }

    @Test
    void with_an_exit_proposed_the_window_ends_on_the_exit_date() {
        var missions = Parcourses.of(step("S1", fullTime(ContractType.TEMPORARY_MISSION), "2023-03-01", "2023-08-31"));
        var proposedInTime =
                Parcourses.withExit(missions, day("2024-02-29"), fr.plie.core.exit.ExitCategory.POSITIVE_EMPLOYMENT);
        var proposedTooLate =
                Parcourses.withExit(missions, day("2024-03-01"), fr.plie.core.exit.ExitCategory.POSITIVE_EMPLOYMENT);

        ExitAssessment inTime = ExitEngine.assess(proposedInTime, day("2024-06-01"), AMIENS);

        assertThat(inTime.pronounceableFrom()).contains(day("2023-08-31"));
        assertThat(inTime.explanation().render())
                .contains("sur les 12 mois du 01/03/2023 au 29/02/2024 (fenêtre qui se termine à la date de sortie"
                        + " proposée)");
        assertThat(ExitEngine.assess(proposedTooLate, day("2024-06-01"), AMIENS).outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
    }

    @Test
    void in_toulouse_missions_are_steps_whatever_their_total() {
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.TEMPORARY_MISSION), "2024-01-01", "2024-12-31"));

        assertThat(ExitEngine.assess(parcours, day("2025-01-15"), ExitPolicy.TOULOUSE_2015_2020)
                        .outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
    }
}
