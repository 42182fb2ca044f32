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
        // 91 + 61 + 31 days, then the 183rd day of missions is 2024-08-31
        var parcours = Parcourses.of(
                step("S1", fullTime(ContractType.TEMPORARY_MISSION), "2024-01-01", "2024-03-31"),
                step("S2", fullTime(ContractType.TEMPORARY_MISSION), "2024-05-01", "2024-06-30"),
                step("S3", fullTime(ContractType.TEMPORARY_MISSION), "2024-08-01", "2024-10-31"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-11-15"), AMIENS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-08-31"));
        assertThat(assessment.qualifyingSteps()).containsExactly(StepId.of("S1"), StepId.of("S2"), StepId.of("S3"));
        assertThat(assessment.explanation().render(java.util.Locale.ENGLISH))
                .contains("Temporary work: 183 days worked in the 12 months up to 2024-08-31 (steps S1, S2, S3).");
    }

    @Test
    void only_the_missions_within_the_twelve_months_qualify_listed_in_chronological_order() {
        var parcours = Parcourses.of(
                step("S9", fullTime(ContractType.TEMPORARY_MISSION), "2023-01-10", "2023-02-07"),
                step("S3", fullTime(ContractType.TEMPORARY_MISSION), "2024-01-01", "2024-05-31"),
                step("S4", fullTime(ContractType.TEMPORARY_MISSION), "2024-01-01", "2024-01-31"),
                step("S2", fullTime(ContractType.TEMPORARY_MISSION), "2024-06-01", "2024-07-31"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-09-01"), AMIENS);

        assertThat(assessment.pronounceableFrom()).contains(day("2024-07-01"));
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
        assertThat(assessment.explanation().render()).contains("il en faut 183");
    }

    @Test
    void in_toulouse_missions_are_steps_whatever_their_total() {
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.TEMPORARY_MISSION), "2024-01-01", "2024-12-31"));

        assertThat(ExitEngine.assess(parcours, day("2025-01-15"), ExitPolicy.TOULOUSE_2015_2020)
                        .outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
    }
}
