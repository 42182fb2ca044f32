package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.ongoing;
import static fr.plie.rules.exit.Parcourses.qualifyingTraining;
import static fr.plie.rules.exit.Parcourses.step;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.step.StepId;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import org.junit.jupiter.api.Test;

/**
 * Seed 000: "Validation d'une formation qualifiante sanctionnée par un diplôme, un titre homologué ou un
 * certificat professionnel", after "un suivi dans l'emploi ou en formation pendant 6 mois".
 */
class Seed000_QualifyingTrainingCountsOnValidationTest {
    private static final ExitPolicy TOULOUSE = ExitPolicy.TOULOUSE_2015_2020;

    @Test
    void a_diploma_obtained_after_the_follow_up_counts_on_the_day_it_is_obtained() {
        var parcours = Parcourses.of(step(
                "S1",
                qualifyingTraining("2024-09-30", TrainingResult.OBTAINED, "2024-10-15"),
                "2024-01-08",
                "2024-09-30"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-11-01"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_TRAINING);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-10-15"));
        assertThat(assessment.explanation().keys()).contains("training.validated", "training.follow-up");
    }

    @Test
    void a_diploma_obtained_during_the_follow_up_counts_when_the_follow_up_ends() {
        var parcours = Parcourses.of(step(
                "S1",
                qualifyingTraining("2024-03-31", TrainingResult.OBTAINED, "2024-04-05"),
                "2024-01-08",
                "2024-03-31"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-11-01"), TOULOUSE);

        // 8 January + 6 months: the follow-up ends on 7 July, the exit comes the next day
        assertThat(assessment.pronounceableFrom()).contains(day("2024-07-08"));
    }

    @Test
    void a_failed_diploma_is_not_a_positive_exit() {
        var parcours = Parcourses.of(step(
                "S1",
                qualifyingTraining("2024-09-30", TrainingResult.FAILED, "2024-10-15"),
                "2024-01-08",
                "2024-09-30"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-11-01"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(assessment.explanation().keys()).contains("training.failed");
        assertThat(assessment.explanation().render())
                .contains("S1")
                .contains("échec")
                .contains("15/10/2024");
    }

    @Test
    void a_result_not_known_yet_is_awaited_with_no_projected_date_and_is_not_a_failure() {
        var parcours = Parcourses.of(
                ongoing("S1", qualifyingTraining("2024-09-30", TrainingResult.PENDING, null), "2024-01-08"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-08-01"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.AWAITING_FACT);
        assertThat(assessment.awaiting())
                .containsExactly(new AwaitedFact(
                        AwaitedFact.Fact.TRAINING_RESULT, StepId.of("S1"), ExitOutcome.POSITIVE_TRAINING));
        assertThat(assessment.projectedDate()).isEmpty();
        assertThat(assessment.explanation().keys()).contains("training.pending");
        assertThat(assessment.explanation().render())
                .contains("Conclusion : en attente d'un fait non encore enregistré : résultat de la formation"
                        + " (étapes S1).");
    }

    @Test
    void a_failed_diploma_is_not_positive_and_nothing_is_awaited() {
        var parcours = Parcourses.of(step(
                "S1",
                qualifyingTraining("2024-06-30", TrainingResult.FAILED, "2024-07-05"),
                "2024-01-08",
                "2024-06-30"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-08-01"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(assessment.awaiting()).isEmpty();
    }

    @Test
    void a_result_dated_after_the_assessment_date_is_not_known_yet() {
        var parcours = Parcourses.of(step(
                "S1",
                qualifyingTraining("2024-09-30", TrainingResult.OBTAINED, "2024-10-15"),
                "2024-01-08",
                "2024-09-30"));

        assertThat(ExitEngine.assess(parcours, day("2024-10-14"), TOULOUSE).outcome())
                .isEqualTo(ExitOutcome.AWAITING_FACT);
    }

    @Test
    void a_training_that_is_not_qualifying_does_not_count() {
        var parcours = Parcourses.of(step(
                "S1",
                Training.nonQualifying(day("2024-09-30")).withResult(TrainingResult.OBTAINED, day("2024-09-30")),
                "2024-01-08",
                "2024-09-30"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-11-01"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(assessment.explanation().keys()).contains("training.not-qualifying");
    }
}
