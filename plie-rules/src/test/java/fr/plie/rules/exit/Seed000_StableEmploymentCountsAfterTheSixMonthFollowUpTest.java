package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.fullTime;
import static fr.plie.rules.exit.Parcourses.job;
import static fr.plie.rules.exit.Parcourses.ongoing;
import static fr.plie.rules.exit.Parcourses.step;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.step.ContractType;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 (Toulouse 2015-2020): "La sortie positive du PLIE s'effectuera à l'issue de cette période de six mois
 * dès lors que l'un des objectifs suivants aura été atteint : Accès à un emploi stable (CDI ou CDD de plus de 6
 * mois, le temps de travail ne devant pas être inférieur à un mi-temps)".
 */
class Seed000_StableEmploymentCountsAfterTheSixMonthFollowUpTest {
    private static final ExitPolicy TOULOUSE = ExitPolicy.TOULOUSE_2015_2020;

    @Test
    void a_cdi_is_not_yet_an_exit_during_the_follow_up_and_the_engine_says_when_it_will_be() {
        var parcours = Parcourses.of(ongoing("S1", fullTime(ContractType.CDI), "2024-01-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-03-15"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_YET);
        assertThat(assessment.projectedOutcome()).contains(ExitOutcome.POSITIVE_EMPLOYMENT);
        // "à l'issue de cette période de six mois": 1 January to 30 June, the exit the next day
        assertThat(assessment.projectedDate()).contains(day("2024-07-01"));
        assertThat(assessment.pronounceableFrom()).isEmpty();
    }

    @Test
    void on_the_last_day_of_the_six_month_follow_up_the_exit_is_not_yet_pronounceable_the_next_day_it_is() {
        var parcours = Parcourses.of(ongoing("S1", fullTime(ContractType.CDI), "2024-01-01"));

        assertThat(ExitEngine.assess(parcours, day("2024-06-30"), TOULOUSE).outcome())
                .isEqualTo(ExitOutcome.NOT_YET);
        ExitAssessment nextDay = ExitEngine.assess(parcours, day("2024-07-01"), TOULOUSE);
        assertThat(nextDay.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(nextDay.pronounceableFrom()).contains(day("2024-07-01"));
        assertThat(nextDay.explanation().render())
                .contains("Étape S1 : suivi de 6 mois jusqu'au 30/06/2024, la sortie est prononcée à son issue, le"
                        + " 01/07/2024.");
    }

    @Test
    void a_preset_may_let_the_exit_be_pronounced_on_the_last_day_of_the_follow_up() {
        ExitPolicy lastDay = ExitPolicy.from(TOULOUSE)
                .name("toulouse-last-day")
                .exitAfterPeriod(AfterPeriod.LAST_DAY)
                .build();
        var parcours = Parcourses.of(ongoing("S1", fullTime(ContractType.CDI), "2024-01-01"));

        assertThat(ExitEngine.assess(parcours, day("2024-06-30"), lastDay).pronounceableFrom())
                .contains(day("2024-06-30"));
    }

    @Test
    void a_cdi_still_held_at_the_end_of_the_six_month_follow_up_is_a_positive_exit_from_that_day() {
        var parcours = Parcourses.of(ongoing("S1", fullTime(ContractType.CDI), "2024-01-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-07-10"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-07-01"));
        assertThat(assessment.qualifyingSteps()).containsExactly(StepId.of("S1"));
    }

    @Test
    void a_cdi_that_ends_during_the_follow_up_is_not_a_positive_exit() {
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.CDI), "2024-01-01", "2024-04-30"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-09-01"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(assessment.explanation().keys()).contains("employment.too-short");
    }

    @Test
    void a_cdd_of_exactly_six_months_is_not_more_than_six_months() {
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.CDD), "2024-01-01", "2024-06-30"));

        assertThat(ExitEngine.assess(parcours, day("2024-09-01"), TOULOUSE).outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
    }

    @Test
    void a_cdd_of_six_months_and_one_day_counts_on_its_last_day() {
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.CDD), "2024-01-01", "2024-07-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-09-01"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-07-01"));
    }

    @Test
    void with_an_inclusive_boundary_a_cdd_of_exactly_six_months_counts() {
        ExitPolicy atLeastSixMonths = ExitPolicy.from(TOULOUSE)
                .name("toulouse-inclusive")
                .fixedTermBoundary(Boundary.INCLUSIVE)
                .build();
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.CDD), "2024-01-01", "2024-06-30"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-09-01"), atLeastSixMonths);

        // held throughout the follow-up, which ends on its last day: the exit comes the next day
        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-07-01"));
    }

    @Test
    void exactly_half_time_counts() {
        var parcours = Parcourses.of(ongoing("S1", job(ContractType.CDI, "17.5").build(), "2024-01-01"));

        assertThat(ExitEngine.assess(parcours, day("2024-07-01"), TOULOUSE).outcome())
                .isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
    }

    @Test
    void exactly_half_time_is_measured_against_the_job_s_own_full_time() {
        var halfOf39 = job(ContractType.CDI, "19.5")
                .referenceWeeklyHours(new java.math.BigDecimal("39"))
                .build();
        var underHalfOf39 = job(ContractType.CDI, "19")
                .referenceWeeklyHours(new java.math.BigDecimal("39"))
                .build();

        assertThat(ExitEngine.assess(Parcourses.of(ongoing("S1", halfOf39, "2024-01-01")), day("2024-07-01"), TOULOUSE)
                        .outcome())
                .isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(ExitEngine.assess(
                                Parcourses.of(ongoing("S1", underHalfOf39, "2024-01-01")), day("2024-07-01"), TOULOUSE)
                        .outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
    }

    @Test
    void a_job_just_under_half_time_never_counts() {
        var parcours =
                Parcourses.of(ongoing("S1", job(ContractType.CDI, "17.49").build(), "2024-01-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2025-01-01"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(assessment.explanation().keys()).contains("employment.below-working-time");
    }

    @Test
    void subsidised_contracts_missions_and_short_cdd_are_steps_of_the_parcours() {
        var parcours = Parcourses.of(
                step("S1", fullTime(ContractType.PEC), "2023-02-01", "2024-01-31"),
                step("S2", fullTime(ContractType.TEMPORARY_MISSION), "2024-02-01", "2024-09-30"),
                step("S3", fullTime(ContractType.CDDI), "2024-10-01", "2025-03-31"),
                step("S4", fullTime(ContractType.CDD), "2025-04-01", "2025-07-31"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2025-09-01"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(assessment.explanation().keys())
                .containsSubsequence(
                        "employment.type-not-durable",
                        "temporary.not-counted",
                        "employment.type-not-durable",
                        "employment.too-short",
                        "outcome.not-positive");
    }

    @Test
    void consecutive_cdd_do_not_add_up_in_toulouse() {
        var parcours = Parcourses.of(
                step("S1", fullTime(ContractType.CDD), "2024-01-01", "2024-04-30"),
                step("S2", fullTime(ContractType.CDD), "2024-05-01", "2024-09-30"));

        assertThat(ExitEngine.assess(parcours, day("2024-12-01"), TOULOUSE).outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(ExitEngine.assess(
                                parcours,
                                day("2024-12-01"),
                                ExitPolicy.from(TOULOUSE)
                                        .name("toulouse-chains")
                                        .consecutiveContractsAddUp(true)
                                        .build())
                        .qualifyingSteps())
                .containsExactly(StepId.of("S1"), StepId.of("S2"));
    }

    @Test
    void a_contract_starting_after_the_assessment_date_is_not_known_yet() {
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.CDI), "2024-09-01", "2026-01-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-08-31"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(assessment.projectedDate()).isEqualTo(Option.none());
        assertThat(assessment.explanation().keys()).contains("step.after-as-of");
    }
}
