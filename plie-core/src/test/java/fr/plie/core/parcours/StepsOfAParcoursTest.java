package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursCommands.admit;
import static fr.plie.core.fixture.ParcoursCommands.endStep;
import static fr.plie.core.fixture.ParcoursCommands.mobilisation;
import static fr.plie.core.fixture.ParcoursCommands.proposeExit;
import static fr.plie.core.fixture.ParcoursCommands.recordStep;
import static fr.plie.core.fixture.ParcoursCommands.startStep;
import static fr.plie.core.fixture.ParcoursCommands.trainingResult;
import static fr.plie.core.fixture.ParcoursCommands.validateExit;
import static fr.plie.core.parcours.Drive.accepted;
import static fr.plie.core.parcours.Drive.on;
import static fr.plie.core.parcours.Drive.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.common.Rejection;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Steps ("étapes de parcours") start after entry, end after they start, and stop with the exit. */
class StepsOfAParcoursTest {
    private final Parcours active = ParcoursFixture.enteredOn(on(2024, 2, 5)).build();

    @Test
    void everyKindOfStepStartsOnOrAfterTheEntryDate() {
        Parcours p = accepted(active, mobilisation("S1", on(2024, 2, 5)));
        p = accepted(p, startStep("S2", on(2024, 2, 12), new StepDetail.BarrierAction(BarrierKind.MOBILITY)));
        p = accepted(p, startStep("S3", on(2024, 3, 4), new StepDetail.JobSearchWorkshop()));
        p = accepted(
                p,
                startStep(
                        "S4", on(2024, 3, 11), new Immersion(Employer.of("EHPAD Les Tilleuls", EmployerKind.PUBLIC))));
        p = accepted(p, startStep("S5", on(2024, 4, 2), Training.nonQualifying(on(2024, 5, 31))));

        assertThat(p.steps()).extracting(s -> s.id().value()).containsExactly("S1", "S2", "S3", "S4", "S5");
    }

    @Test
    void aStepBeforeEntryIsRejected() {
        Rejection rejection = rejected(active, mobilisation("S1", on(2024, 2, 4)));

        assertThat(rejection.code()).isEqualTo("step.before-entry");
        assertThat(rejection.message())
                .isEqualTo("L'étape S1 (04/02/2024) ne peut pas commencer avant l'entrée dans le PLIE (05/02/2024).");
        assertThat(rejection.message(Locale.ENGLISH))
                .isEqualTo("Step S1 (2024-02-04) cannot start before entry into the PLIE (2024-02-05).");
    }

    @Test
    void stepsOtherThanTheDiagnosticWaitForTheCommitment() {
        Parcours admitted = accepted(ParcoursFixture.referredOn(on(2024, 1, 8)).referred(), admit(on(2024, 2, 1)));

        assertThat(rejected(admitted, mobilisation("S1", on(2024, 2, 2))).code())
                .isEqualTo("step.not-active");
    }

    @Test
    void aStepCannotEndBeforeItStarts() {
        assertThat(rejected(active, recordStep("S1", on(2024, 3, 4), on(2024, 3, 1), new StepDetail.Mobilisation()))
                        .code())
                .isEqualTo("step.end-before-start");

        Parcours started = accepted(active, mobilisation("S1", on(2024, 3, 4)));
        assertThat(rejected(started, endStep("S1", on(2024, 3, 3))).code()).isEqualTo("step.end-before-start");
        assertThat(accepted(started, endStep("S1", on(2024, 3, 4)))
                        .step(StepId.of("S1"))
                        .flatMap(s -> s.end()))
                .as("a one-day step")
                .contains(on(2024, 3, 4));
    }

    @Test
    void aContractOrTrainingCannotBePlannedToEndBeforeItStarts() {
        Employment cdd = Employment.builder()
                .contractType(ContractType.CDD)
                .employer(Employer.of("Transports Ducasse", EmployerKind.PRIVATE))
                .weeklyHours(new BigDecimal("35"))
                .plannedEnd(Option.some(on(2024, 2, 29)))
                .build();

        assertThat(rejected(active, startStep("S1", on(2024, 3, 1), cdd)).code())
                .isEqualTo("step.planned-end-before-start");
        assertThat(rejected(active, startStep("S2", on(2024, 3, 1), Training.nonQualifying(on(2024, 2, 1))))
                        .code())
                .isEqualTo("step.planned-end-before-start");
    }

    @Test
    void aStepIsEndedOnceAndOnlyIfItExists() {
        Parcours ended = accepted(accepted(active, mobilisation("S1", on(2024, 3, 4))), endStep("S1", on(2024, 4, 5)));

        assertThat(rejected(ended, endStep("S1", on(2024, 4, 6))).code()).isEqualTo("step.already-ended");
        assertThat(rejected(ended, endStep("S9", on(2024, 4, 6))).code()).isEqualTo("step.unknown");
        assertThat(rejected(ended, mobilisation("S1", on(2024, 5, 6))).code()).isEqualTo("step.duplicate");
    }

    @Test
    void theResultOfATrainingIsRecordedWhenTheJuryHasMet() {
        Parcours training =
                accepted(active, startStep("T1", on(2024, 3, 4), Training.qualifying("RNCP34579", on(2024, 9, 27))));
        assertThat(training.step(StepId.of("T1")).flatMap(s -> s.training()).map(Training::result))
                .contains(TrainingResult.PENDING);

        Parcours failed = accepted(training, trainingResult("T1", TrainingResult.FAILED, on(2024, 10, 2)));

        Training recorded =
                failed.step(StepId.of("T1")).flatMap(s -> s.training()).get();
        assertThat(recorded.result()).isEqualTo(TrainingResult.FAILED);
        assertThat(recorded.resultOn()).contains(on(2024, 10, 2));
    }

    @Test
    void aTrainingResultIsKnownAfterTheTrainingStartsAndIsNeverPending() {
        Parcours training =
                accepted(active, startStep("T1", on(2024, 3, 4), Training.qualifying("RNCP34579", on(2024, 9, 27))));

        assertThat(rejected(training, trainingResult("T1", TrainingResult.OBTAINED, on(2024, 3, 1)))
                        .code())
                .isEqualTo("training.result-before-start");
        assertThat(rejected(training, trainingResult("T1", TrainingResult.PENDING, on(2024, 10, 1)))
                        .code())
                .isEqualTo("training.result-pending");
        assertThat(rejected(
                                active,
                                startStep(
                                        "T2",
                                        on(2024, 3, 4),
                                        Training.qualifying("RNCP34579", on(2024, 9, 27))
                                                .withResult(TrainingResult.OBTAINED, on(2024, 3, 1))))
                        .code())
                .isEqualTo("training.result-before-start");
    }

    @Test
    void onlyATrainingHasATrainingResult() {
        Parcours p = accepted(active, mobilisation("S1", on(2024, 3, 4)));

        assertThat(rejected(p, trainingResult("S1", TrainingResult.OBTAINED, on(2024, 4, 1)))
                        .code())
                .isEqualTo("step.not-training");
        assertThat(rejected(p, trainingResult("S9", TrainingResult.OBTAINED, on(2024, 4, 1)))
                        .code())
                .isEqualTo("step.unknown");
    }

    @Test
    void noStepStartsOnceAnExitIsProposedOrValidated() {
        Parcours proposed = accepted(active, proposeExit(on(2024, 9, 2), ExitCategory.ABANDONMENT));
        Parcours exited = accepted(proposed, validateExit(on(2024, 9, 12)));

        assertThat(rejected(proposed, mobilisation("S1", on(2024, 9, 3))).code())
                .isEqualTo("step.not-active");
        assertThat(rejected(exited, mobilisation("S1", on(2024, 9, 13))).code()).isEqualTo("parcours.final");
    }

    @Test
    void aStepStillGoingOnCanBeEndedWhileTheExitIsBeforeTheCommittee() {
        Parcours p = accepted(active, mobilisation("S1", on(2024, 3, 4)));
        p = accepted(p, proposeExit(on(2024, 9, 2), ExitCategory.ABANDONMENT));

        assertThat(accepted(p, endStep("S1", on(2024, 9, 2)))
                        .step(StepId.of("S1"))
                        .flatMap(s -> s.end()))
                .contains(on(2024, 9, 2));
    }
}
