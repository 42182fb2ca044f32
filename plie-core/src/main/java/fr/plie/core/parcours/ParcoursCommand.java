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
    /**
     * The committee admits the candidate on {@code date}: {@code new Decide(new CommitteeDecision.Admitted(date))}.
     *
     * @param date the day of the committee
     * @return the command
     */
    static Decide admit(LocalDate date) {
        return new Decide(new CommitteeDecision.Admitted(date));
    }

    /**
     * The commitment contract is signed on {@code date}, the parcours' entry date.
     *
     * @param date the signature date
     * @return the command
     */
    static SignCommitment signCommitment(LocalDate date) {
        return new SignCommitment(CommitmentContract.signedOn(date));
    }

    /**
     * Step {@code stepId} of {@code detail} starts on {@code start}: {@code new StartStep(Step.of(...))}.
     *
     * @param stepId the new step's id
     * @param start its start
     * @param detail what kind of step it is
     * @return the command
     * @throws IllegalArgumentException if {@code stepId} is not a valid identifier
     */
    static StartStep startStep(String stepId, LocalDate start, StepDetail detail) {
        return new StartStep(Step.of(StepId.of(stepId), start, detail));
    }

    /** The committee decides on the referral: admitted, refused with an alternative, or postponed. */
    record Decide(@NotNull @Valid CommitteeDecision decision) implements ParcoursCommand {
        /**
         * Checks that the decision is present.
         *
         * @param decision the committee's decision
         * @throws NullPointerException if {@code decision} is null
         */
        public Decide {
            Objects.requireNonNull(decision, "decision");
        }
    }

    /** The participant signs the commitment contract: the parcours starts. */
    record SignCommitment(@NotNull @Valid CommitmentContract contract) implements ParcoursCommand {
        /**
         * Checks that the contract is present.
         *
         * @param contract the signed contract
         * @throws NullPointerException if {@code contract} is null
         */
        public SignCommitment {
            Objects.requireNonNull(contract, "contract");
        }
    }

    /** From {@code from}, {@code referent} follows the parcours. */
    record AssignReferent(
            @NotNull ReferentId referent, @NotNull LocalDate from) implements ParcoursCommand {
        /**
         * Checks that no component is missing.
         *
         * @param referent the referent
         * @param from the first day they follow the parcours
         * @throws NullPointerException if {@code referent} or {@code from} is null
         */
        public AssignReferent {
            Objects.requireNonNull(referent, "referent");
            Objects.requireNonNull(from, "from");
        }
    }

    /** A step starts (it may be recorded already ended, when entered after the fact). */
    record StartStep(@NotNull @Valid Step step) implements ParcoursCommand {
        /**
         * Checks that the step is present.
         *
         * @param step the step
         * @throws NullPointerException if {@code step} is null
         */
        public StartStep {
            Objects.requireNonNull(step, "step");
        }
    }

    /** A step ends on {@code end}. */
    record EndStep(@NotNull StepId stepId, @NotNull LocalDate end) implements ParcoursCommand {
        /**
         * Checks that no component is missing.
         *
         * @param stepId the step that ends
         * @param end its last day
         * @throws NullPointerException if {@code stepId} or {@code end} is null
         */
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
        /**
         * Checks that no component is missing.
         *
         * @param stepId the training step
         * @param result its result
         * @param on the jury date
         * @throws NullPointerException if a component is null
         */
        public RecordTrainingResult {
            Objects.requireNonNull(stepId, "stepId");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(on, "on");
        }
    }

    /** An interview took place. */
    record RecordInterview(@NotNull @Valid Interview interview) implements ParcoursCommand {
        /**
         * Checks that the interview is present.
         *
         * @param interview the interview
         * @throws NullPointerException if {@code interview} is null
         */
        public RecordInterview {
            Objects.requireNonNull(interview, "interview");
        }
    }

    /** The participant was proposed for a job offer, or the result of a proposal is known. */
    record RecordPlacement(@NotNull @Valid JobOfferPlacement placement) implements ParcoursCommand {
        /**
         * Checks that the placement is present.
         *
         * @param placement the placement
         * @throws NullPointerException if {@code placement} is null
         */
        public RecordPlacement {
            Objects.requireNonNull(placement, "placement");
        }
    }

    /** The referent proposes an exit to the committee, with the evidence that attests the situation. */
    record ProposeExit(@NotNull LocalDate date, @NotNull ExitCategory category, List<@NotNull @Valid Evidence> evidence)
            implements ParcoursCommand {
        /**
         * Copies the evidence, so the command stays immutable.
         *
         * @param date the exit date
         * @param category why the parcours ends
         * @param evidence the documents that attest the situation
         * @throws NullPointerException if a component is null
         */
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
        /**
         * Checks that no component is missing.
         *
         * @param date the day of the committee
         * @param reason why the committee does not follow the proposal
         * @throws NullPointerException if {@code date} or {@code reason} is null
         */
        public WithdrawExitProposal {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The committee validates the proposed exit: the parcours is over. */
    record ValidateExit(@NotNull @Valid ExitValidation validation) implements ParcoursCommand {
        /**
         * Checks that the validation is present.
         *
         * @param validation the committee's validation
         * @throws NullPointerException if {@code validation} is null
         */
        public ValidateExit {
            Objects.requireNonNull(validation, "validation");
        }
    }
}
