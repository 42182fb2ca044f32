package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.fullTime;
import static fr.plie.rules.exit.Parcourses.job;
import static fr.plie.rules.exit.Parcourses.ongoing;
import static fr.plie.rules.exit.Parcourses.qualifyingTraining;
import static fr.plie.rules.exit.Parcourses.step;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.step.ContractType;
import fr.plie.core.step.StepId;
import fr.plie.core.step.TrainingResult;
import org.junit.jupiter.api.Test;

/**
 * The 2010 national guide as cited in DOMAIN.md: "any continuous employment of at least 6 months, attested";
 * "at least half-time, part-time only if chosen"; "consecutive temporary contracts totalling more than 6 months
 * count"; "seasonal: 8 months worked in the last 12"; "a training longer than 9 months counts after 6 months in
 * training"; "CIE, apprenticeship, professionalisation contracts count".
 */
class NationalGuide2010_ContinuousEmploymentOfAtLeastSixMonthsTest {
    private static final ExitPolicy GUIDE = ExitPolicy.NATIONAL_GUIDE_2010;

    @Test
    void consecutive_contracts_add_up_to_six_months() {
        var parcours = Parcourses.of(
                step("S1", fullTime(ContractType.CDD), "2024-01-01", "2024-03-31"),
                step("S2", fullTime(ContractType.CIE), "2024-04-01", "2024-07-31"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-08-01"), GUIDE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-06-30"));
        assertThat(assessment.qualifyingSteps()).containsExactly(StepId.of("S1"), StepId.of("S2"));
        assertThat(assessment.explanation().keys()).contains("employment.chain");
        assertThat(assessment.explanation().render(java.util.Locale.ENGLISH))
                .contains("The consecutive contracts S1, S2 add up and must last at least 6 months: threshold met on"
                        + " 2024-06-30.");
    }

    @Test
    void a_day_of_interruption_breaks_the_chain() {
        var parcours = Parcourses.of(
                step("S1", fullTime(ContractType.CDD), "2024-01-01", "2024-03-31"),
                step("S2", fullTime(ContractType.CDD), "2024-04-02", "2024-07-31"));

        assertThat(ExitEngine.assess(parcours, day("2024-08-01"), GUIDE).outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
    }

    @Test
    void a_cdi_also_needs_six_months() {
        var parcours = Parcourses.of(ongoing("S1", fullTime(ContractType.CDI), "2024-01-01"));

        assertThat(ExitEngine.assess(parcours, day("2024-03-01"), GUIDE).projectedDate())
                .contains(day("2024-06-30"));
    }

    @Test
    void part_time_counts_only_when_chosen() {
        var imposed = Parcourses.of(ongoing("S1", job(ContractType.CDI, "24").build(), "2024-01-01"));
        var chosen = Parcourses.of(
                ongoing("S1", job(ContractType.CDI, "24").partTimeChosen(true).build(), "2024-01-01"));

        assertThat(ExitEngine.assess(imposed, day("2024-08-01"), GUIDE).outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(ExitEngine.assess(imposed, day("2024-08-01"), GUIDE)
                        .explanation()
                        .keys())
                .contains("employment.part-time-not-chosen");
        assertThat(ExitEngine.assess(chosen, day("2024-08-01"), GUIDE).outcome())
                .isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
    }

    @Test
    void consecutive_missions_of_exactly_six_months_are_not_more_than_six_months() {
        var parcours = Parcourses.of(
                step("S1", fullTime(ContractType.TEMPORARY_MISSION), "2024-01-01", "2024-02-29"),
                step("S2", fullTime(ContractType.TEMPORARY_MISSION), "2024-03-01", "2024-06-30"));
        var longer = Parcourses.plus(
                parcours, step("S3", fullTime(ContractType.TEMPORARY_MISSION), "2024-07-01", "2024-07-05"));

        assertThat(ExitEngine.assess(parcours, day("2024-08-01"), GUIDE).outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(ExitEngine.assess(longer, day("2024-08-01"), GUIDE).pronounceableFrom())
                .contains(day("2024-07-01"));
        assertThat(ExitEngine.assess(longer, day("2024-08-01"), GUIDE)
                        .explanation()
                        .keys())
                .contains("temporary.consecutive");
    }

    @Test
    void seasonal_work_counts_after_eight_months_within_twelve() {
        var parcours = Parcourses.of(
                step("S1", fullTime(ContractType.SEASONAL), "2023-06-01", "2023-09-30"),
                step("S2", fullTime(ContractType.SEASONAL), "2023-12-01", "2024-03-31"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-04-15"), GUIDE);

        // 4 whole months + 4 whole months, reached on the last day of the second season
        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-03-31"));
        assertThat(assessment.explanation().keys()).contains("seasonal.window-met");
    }

    @Test
    void eight_whole_calendar_months_of_seasonal_work_are_eight_months_though_they_hold_only_242_days() {
        // November 2022 to February 2023 (120 days), then April to July 2023 (122 days): two seasons of 4 months
        var parcours = Parcourses.of(
                step("S1", fullTime(ContractType.SEASONAL), "2022-11-01", "2023-02-28"),
                step("S2", fullTime(ContractType.SEASONAL), "2023-04-01", "2023-07-31"));

        assertThat(ExitEngine.assess(parcours, day("2023-08-15"), GUIDE).pronounceableFrom())
                .contains(day("2023-07-31"));
        assertThat(ExitEngine.assess(parcours, day("2023-08-15"), GUIDE)
                        .explanation()
                        .render(java.util.Locale.ENGLISH))
                .contains("Seasonal work: 8 months worked in the 12 months from 2022-08-01 to 2023-07-31");
    }

    @Test
    void a_training_planned_for_more_than_nine_months_counts_after_six_months_in_training() {
        var parcours = Parcourses.of(
                ongoing("S1", qualifyingTraining("2024-11-30", TrainingResult.PENDING, null), "2024-01-08"));

        assertThat(ExitEngine.assess(parcours, day("2024-03-01"), GUIDE).projectedDate())
                .contains(day("2024-07-07"));
        assertThat(ExitEngine.assess(parcours, day("2024-07-07"), GUIDE).outcome())
                .isEqualTo(ExitOutcome.POSITIVE_TRAINING);
        assertThat(ExitEngine.assess(parcours, day("2024-07-07"), GUIDE)
                        .explanation()
                        .render())
                .contains("La formation de l'étape S1 dure plus de 9 mois : elle compte après 6 mois de formation, le"
                        + " 07/07/2024.");
    }

    @Test
    void a_long_training_abandoned_before_six_months_does_not_count() {
        var parcours = Parcourses.of(step(
                "S1",
                qualifyingTraining("2024-11-30", TrainingResult.ABANDONED, "2024-05-31"),
                "2024-01-08",
                "2024-05-31"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-08-01"), GUIDE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(assessment.explanation().keys()).contains("training.failed");
    }

    @Test
    void a_long_training_validated_before_six_months_counts_on_its_validation() {
        var parcours = Parcourses.of(step(
                "S1",
                qualifyingTraining("2024-11-30", TrainingResult.OBTAINED, "2024-05-31"),
                "2024-01-08",
                "2024-05-31"));

        assertThat(ExitEngine.assess(parcours, day("2024-08-01"), GUIDE).pronounceableFrom())
                .contains(day("2024-05-31"));
    }

    @Test
    void a_training_of_exactly_nine_months_waits_for_its_validation() {
        var parcours = Parcourses.of(
                ongoing("S1", qualifyingTraining("2024-10-07", TrainingResult.PENDING, null), "2024-01-08"));

        assertThat(ExitEngine.assess(parcours, day("2024-08-01"), GUIDE).outcome())
                .isEqualTo(ExitOutcome.AWAITING_FACT);
    }
}
