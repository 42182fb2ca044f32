package fr.plie.core.parcours;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.exit.ExitValidation;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.TrainingResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What can be done to a parcours. Commands are data, so they can be queued, logged and replayed; {@link
 * ParcoursLifecycle#handle} accepts or rejects them.
 */
public sealed interface ParcoursCommand {
    /** The committee admits the candidate on {@code date}: {@code new Decide(new CommitteeDecision.Admitted(date))}. */
    static Decide admit(LocalDate date) {
        return new Decide(new CommitteeDecision.Admitted(date));
    }

    /** The commitment contract is signed on {@code date}, the parcours' entry date. */
    static SignCommitment signCommitment(LocalDate date) {
        return new SignCommitment(CommitmentContract.signedOn(date));
    }

    /** Step {@code stepId} of {@code detail} starts on {@code start}: {@code new StartStep(Step.of(...))}. */
    static StartStep startStep(String stepId, LocalDate start, StepDetail detail) {
        return new StartStep(Step.of(StepId.of(stepId), start, detail));
    }

    /** The committee decides on the referral: admitted, refused with an alternative, or postponed. */
    record Decide(@NotNull @Valid CommitteeDecision decision) implements ParcoursCommand {
        public Decide {
            Objects.requireNonNull(decision, "decision");
        }
    }

    /** The participant signs the commitment contract: the parcours starts. */
    record SignCommitment(@NotNull @Valid CommitmentContract contract) implements ParcoursCommand {
        public SignCommitment {
            Objects.requireNonNull(contract, "contract");
        }
    }

    /** From {@code from}, {@code referent} follows the parcours. */
    record AssignReferent(
            @NotNull ReferentId referent, @NotNull LocalDate from) implements ParcoursCommand {
        public AssignReferent {
            Objects.requireNonNull(referent, "referent");
            Objects.requireNonNull(from, "from");
        }
    }

    /** A step starts (it may be recorded already ended, when entered after the fact). */
    record StartStep(@NotNull @Valid Step step) implements ParcoursCommand {
        public StartStep {
            Objects.requireNonNull(step, "step");
        }
    }

    /** A step ends on {@code end}. */
    record EndStep(@NotNull StepId stepId, @NotNull LocalDate end) implements ParcoursCommand {
        public EndStep {
            Objects.requireNonNull(stepId, "stepId");
            Objects.requireNonNull(end, "end");
        }
    }

    /** The result of a training is known (jury date {@code on}). */
    record RecordTrainingResult(
            @NotNull StepId stepId,
            @NotNull TrainingResult result,
            @NotNull LocalDate on) implements ParcoursCommand {
        public RecordTrainingResult {
            Objects.requireNonNull(stepId, "stepId");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(on, "on");
        }
    }

    record RecordInterview(@NotNull @Valid Interview interview) implements ParcoursCommand {
        public RecordInterview {
            Objects.requireNonNull(interview, "interview");
        }
    }

    record RecordPlacement(@NotNull @Valid JobOfferPlacement placement) implements ParcoursCommand {
        public RecordPlacement {
            Objects.requireNonNull(placement, "placement");
        }
    }

    /** The referent proposes an exit to the committee, with the evidence that attests the situation. */
    record ProposeExit(@NotNull LocalDate date, @NotNull ExitCategory category, List<@NotNull @Valid Evidence> evidence)
            implements ParcoursCommand {
        public ProposeExit {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(category, "category");
            evidence = List.copyOf(evidence);
        }
    }

    /** The committee does not follow the proposed exit: the parcours goes on. */
    record WithdrawExitProposal(
            @NotNull LocalDate date,

            @NotBlank(message = "{fr.plie.text.required}") @Size(max = 500)
            String reason) implements ParcoursCommand {
        public WithdrawExitProposal {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The committee validates the proposed exit: the parcours is over. */
    record ValidateExit(@NotNull @Valid ExitValidation validation) implements ParcoursCommand {
        public ValidateExit {
            Objects.requireNonNull(validation, "validation");
        }
    }
}
