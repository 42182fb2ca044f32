package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursCommands.startStep;
import static fr.plie.core.parcours.Drive.accepted;
import static fr.plie.core.parcours.Drive.on;
import static fr.plie.core.parcours.Drive.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.common.Rejection;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepId;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A known training result carries its date (the jury's): the follow-up in training, the ESF+ "qualification
 * gained" window and the evidence at the exit date all count from it, and no seed knows an undated result. The
 * lifecycle and {@link Parcours#restore} refuse an undated one alike, with {@code training.result-without-date}.
 */
class AKnownTrainingResultIsDatedTest {
    private final Parcours active = ParcoursFixture.enteredOn(on(2024, 2, 5)).build();

    private static Training undated(TrainingResult result) {
        return new Training(true, Option.some("RNCP34579"), Option.some(on(2024, 9, 27)), result, Option.none());
    }

    @Test
    void aTrainingStartedWithAResultButNoDateIsRefusedInFrenchAndEnglish() {
        Rejection rejection = rejected(active, startStep("T1", on(2024, 3, 4), undated(TrainingResult.OBTAINED)));

        assertThat(rejection.code()).isEqualTo("training.result-without-date");
        assertThat(rejection.message())
                .isEqualTo("Le résultat de la formation T1 (OBTAINED) doit être daté : indiquez la date du jury.");
        assertThat(rejection.message(Locale.ENGLISH))
                .isEqualTo("The result of training T1 (OBTAINED) needs its date: give the jury's date.");
    }

    @Test
    void everyKnownResultNeedsItsDateAndAPendingOneNeedsNone() {
        for (TrainingResult result :
                List.of(TrainingResult.OBTAINED, TrainingResult.FAILED, TrainingResult.ABANDONED)) {
            assertThat(rejected(active, startStep("T1", on(2024, 3, 4), undated(result)))
                            .code())
                    .as("%s", result)
                    .isEqualTo("training.result-without-date");
        }
        Parcours pending = accepted(active, startStep("T1", on(2024, 3, 4), undated(TrainingResult.PENDING)));
        assertThat(pending.step(StepId.of("T1")).flatMap(Step::training).map(Training::result))
                .contains(TrainingResult.PENDING);
        Parcours dated = accepted(
                active,
                startStep(
                        "T1",
                        on(2024, 3, 4),
                        undated(TrainingResult.PENDING).withResult(TrainingResult.OBTAINED, on(2024, 10, 2))));
        assertThat(dated.step(StepId.of("T1")).flatMap(Step::training).flatMap(Training::resultOn))
                .contains(on(2024, 10, 2));
    }

    @Test
    void aRecordedHistoryWithAnUndatedResultIsNotRestoredAndSaysWhichStep() {
        Parcours recorded =
                active.withSteps(List.of(Step.of(StepId.of("T1"), on(2024, 3, 4), undated(TrainingResult.FAILED))));

        List<Rejection> violations = Parcours.restore(recorded).getLeft();

        assertThat(violations).extracting(Rejection::code).containsExactly("training.result-without-date");
        assertThat(violations.get(0).args()).containsExactly(StepId.of("T1"), TrainingResult.FAILED);
    }
}
