package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.fullTime;
import static fr.plie.rules.exit.Parcourses.ongoing;
import static fr.plie.rules.exit.Parcourses.qualifyingTraining;
import static fr.plie.rules.exit.Parcourses.step;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.step.ContractType;
import fr.plie.core.step.TrainingResult;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 (Boulonnais): "Accompagner le participant dans son intégration professionnelle jusqu'à 6 mois et un
 * jour après celle-ci, de même que lorsqu'il intègre une formation qualifiante".
 */
class Seed002_FollowUpOfSixMonthsAndOneDayTest {
    private static final ExitPolicy BOULONNAIS = ExitPolicy.BOULONNAIS;

    @Test
    void six_months_and_one_day_name_the_day_of_the_exit_the_day_toulouse_pronounces_it_after_six_months() {
        var parcours = Parcourses.of(ongoing("S1", fullTime(ContractType.CDI), "2024-01-01"));

        assertThat(ExitEngine.assess(parcours, day("2024-08-01"), BOULONNAIS).pronounceableFrom())
                .contains(day("2024-07-01"));
        assertThat(ExitEngine.assess(parcours, day("2024-08-01"), ExitPolicy.TOULOUSE_2015_2020)
                        .pronounceableFrom())
                .contains(day("2024-07-01"));
    }

    @Test
    void on_the_last_day_of_six_months_the_exit_is_not_yet_due() {
        var parcours = Parcourses.of(ongoing("S1", fullTime(ContractType.CDI), "2024-01-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-06-30"), BOULONNAIS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_YET);
        assertThat(assessment.projectedDate()).contains(day("2024-07-01"));
        assertThat(assessment.explanation().render()).contains("suivi de 6 mois et 1 jour");
    }

    @Test
    void a_participant_still_in_qualifying_training_after_the_follow_up_is_a_positive_exit() {
        var parcours = Parcourses.of(
                ongoing("S1", qualifyingTraining("2025-06-30", TrainingResult.PENDING, null), "2024-01-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-07-01"), BOULONNAIS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_TRAINING);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-07-01"));
    }

    @Test
    void a_training_abandoned_during_the_follow_up_is_not_a_positive_exit() {
        var parcours = Parcourses.of(step(
                "S1",
                qualifyingTraining("2025-06-30", TrainingResult.ABANDONED, "2024-04-15"),
                "2024-01-01",
                "2024-04-15"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-08-01"), BOULONNAIS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(assessment.explanation().keys()).contains("training.left-before-follow-up");
    }
}
