package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursCommands.admit;
import static fr.plie.core.fixture.ParcoursCommands.assignReferent;
import static fr.plie.core.fixture.ParcoursCommands.diagnostic;
import static fr.plie.core.fixture.ParcoursCommands.endStep;
import static fr.plie.core.fixture.ParcoursCommands.interview;
import static fr.plie.core.fixture.ParcoursCommands.placement;
import static fr.plie.core.fixture.ParcoursCommands.proposeExit;
import static fr.plie.core.fixture.ParcoursCommands.recordStep;
import static fr.plie.core.fixture.ParcoursCommands.signCommitment;
import static fr.plie.core.fixture.ParcoursCommands.startStep;
import static fr.plie.core.fixture.ParcoursCommands.trainingResult;
import static fr.plie.core.fixture.ParcoursCommands.validateExit;
import static fr.plie.core.parcours.Drive.accepted;
import static fr.plie.core.parcours.Drive.on;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.admission.ReferentId;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.StepKind;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole story of one participant, as a referent of the Boulonnais PLIE (seed 002) would record it: referral,
 * diagnostic, committee, commitment, mobilisation, a qualifying training, a job offer, a CDI, and the exit the
 * committee validates on evidence.
 */
class AParcoursFromReferralToValidatedExitTest {
    private final ParcoursFixture fixture = ParcoursFixture.referredOn("PAR-2024-7", on(2024, 1, 8));

    @Test
    void aReferredParcoursGoesThroughEveryStatusUpToAValidatedExit() {
        Parcours p = fixture.referred();
        assertThat(p.status()).isEqualTo(ParcoursStatus.REFERRED);
        assertThat(p.version()).isEqualTo(1);

        p = accepted(p, assignReferent("REF-07", on(2024, 1, 8)));
        p = accepted(p, diagnostic("S1", on(2024, 1, 15)));
        p = accepted(p, endStep("S1", on(2024, 1, 26)));
        p = accepted(p, admit(on(2024, 2, 1)));
        assertThat(p.status()).isEqualTo(ParcoursStatus.ADMITTED);
        assertThat(p.entryDate()).isEmpty();

        p = accepted(p, signCommitment(on(2024, 2, 5)));
        assertThat(p.status()).isEqualTo(ParcoursStatus.ACTIVE);
        assertThat(p.entryDate()).contains(on(2024, 2, 5));

        p = accepted(p, interview(on(2024, 2, 12)));
        p = accepted(p, recordStep("S2", on(2024, 2, 19), on(2024, 3, 29), new StepDetail.Mobilisation()));
        p = accepted(p, startStep("S3", on(2024, 4, 2), Training.qualifying("RNCP34579", on(2024, 9, 27))));
        p = accepted(p, endStep("S3", on(2024, 9, 27)));
        p = accepted(p, trainingResult("S3", TrainingResult.OBTAINED, on(2024, 10, 4)));
        p = accepted(p, placement(on(2024, 10, 7), PlacementResult.HIRED));
        p = accepted(
                p,
                startStep(
                        "S4", on(2024, 10, 14), ParcoursFixture.employmentOf(ContractType.CDI, new BigDecimal("35"))));
        p = accepted(p, proposeExit(on(2025, 4, 15), ExitCategory.POSITIVE_EMPLOYMENT));
        assertThat(p.status()).isEqualTo(ParcoursStatus.EXIT_PROPOSED);
        assertThat(p.exitDate()).as("a proposed exit is not an exit yet").isEmpty();

        p = accepted(p, validateExit(on(2025, 4, 24)));

        assertThat(p.status()).isEqualTo(ParcoursStatus.EXITED);
        assertThat(p.status().isFinal()).isTrue();
        assertThat(p.exitDate()).contains(on(2025, 4, 15));
        assertThat(p.exit().get().category().isPositive()).isTrue();
        assertThat(p.steps().stream().map(s -> s.kind()).collect(Collectors.toList()))
                .containsExactly(StepKind.DIAGNOSTIC, StepKind.MOBILISATION, StepKind.TRAINING, StepKind.EMPLOYMENT);
        assertThat(p.step(StepId.of("S3")).flatMap(s -> s.training()).map(Training::result))
                .contains(TrainingResult.OBTAINED);
        assertThat(p.interviews()).hasSize(1);
        assertThat(p.placements()).hasSize(1);
        assertThat(p.referentOn(on(2024, 6, 1))).contains(ReferentId.of("REF-07"));
        assertThat(p.version())
                .as("version 1 at referral, then one per accepted command (fourteen)")
                .isEqualTo(15);
    }

    @Test
    void theParcoursCountsAsActiveFromEntryToTheValidatedExitOnly() {
        Parcours p = ParcoursFixture.enteredOn(on(2024, 2, 5))
                .employment(ContractType.CDI, on(2024, 3, 1), Option.none())
                .proposeExit(on(2024, 9, 2), ExitCategory.POSITIVE_EMPLOYMENT)
                .validateExit(on(2024, 9, 12))
                .build();

        assertThat(p.isActiveBetween(on(2024, 1, 1), on(2024, 2, 4))).isFalse();
        assertThat(p.isActiveBetween(on(2024, 1, 1), on(2024, 2, 5))).isTrue();
        assertThat(p.isActiveBetween(on(2024, 9, 2), on(2024, 12, 31))).isTrue();
        assertThat(p.isActiveBetween(on(2024, 9, 3), on(2024, 12, 31))).isFalse();
    }

    @Test
    void handleAllStopsAtTheFirstRejectedCommandAndNamesIt() {
        var result = ParcoursFixture.LIFECYCLE.handleAll(
                fixture.referred(),
                List.of(
                        admit(on(2024, 2, 1)),
                        startStep("S1", on(2024, 2, 2), new StepDetail.Mobilisation()),
                        signCommitment(on(2024, 2, 5))));

        assertThat(result.isLeft()).isTrue();
        assertThat(result.getLeft().index()).as("the second command").isEqualTo(1);
        assertThat(result.getLeft().rejection().code()).isEqualTo("step.not-active");
    }
}
