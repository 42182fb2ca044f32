package fr.plie.core.parcours;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.admission.Referral;
import fr.plie.core.exit.Exit;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A participant's parcours, from referral to exit: the aggregate that the exit rules judge and the indicators
 * count.
 *
 * <p>Change it through {@link ParcoursLifecycle}, which refuses impossible transitions. The public constructor
 * exists for adapters that load a stored parcours.
 *
 * @param version increases by one with every accepted command; repositories use it for optimistic locking
 * @param decisions the committee's decisions, oldest first (a postponement may precede the final decision)
 * @param referents the history of referent assignments, oldest first
 * @param steps steps in the order they were started
 */
public record Parcours(
        ParcoursId id,
        ParticipantId participant,
        long version,
        ParcoursStatus status,
        Referral referral,
        List<CommitteeDecision> decisions,
        Option<CommitmentContract> commitment,
        List<ReferentAssignment> referents,
        List<Step> steps,
        List<Interview> interviews,
        List<JobOfferPlacement> placements,
        Option<Exit> exit) {
    /**
     * Copies the lists, so the parcours stays immutable.
     *
     * @param id the parcours' identifier
     * @param participant its participant's pseudonymous id
     * @param version increases by one with every accepted command; repositories use it for optimistic locking
     * @param status where the parcours stands
     * @param referral the referral that opened it
     * @param decisions the committee's decisions, oldest first (a postponement may precede the final decision)
     * @param commitment the commitment contract, once signed
     * @param referents the history of referent assignments, oldest first
     * @param steps steps in the order they were started
     * @param interviews the interviews, in the order they were recorded
     * @param placements the job-offer placements, in the order they were recorded
     * @param exit the exit, once proposed
     * @throws NullPointerException if a component is null
     */
    public Parcours {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(referral, "referral");
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(commitment, "commitment");
        referents = List.copyOf(referents);
        steps = List.copyOf(steps);
        interviews = List.copyOf(interviews);
        placements = List.copyOf(placements);
        Objects.requireNonNull(exit, "exit");
    }

    /**
     * A new parcours {@code id} of {@code participant} (pseudonymous ids) opened by a referral, at version 1.
     *
     * @param id the parcours' id
     * @param participant the participant's id
     * @param referral the referral
     * @return the referred parcours
     * @throws IllegalArgumentException if an id is not a valid identifier
     */
    public static Parcours referred(String id, String participant, Referral referral) {
        return referred(ParcoursId.of(id), ParticipantId.of(participant), referral);
    }

    /**
     * A new parcours opened by a referral, at version 1.
     *
     * @param id the parcours' id
     * @param participant the participant's id
     * @param referral the referral
     * @return the referred parcours
     */
    public static Parcours referred(ParcoursId id, ParticipantId participant, Referral referral) {
        return new Parcours(
                id,
                participant,
                1,
                ParcoursStatus.REFERRED,
                referral,
                List.of(),
                Option.none(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Option.none());
    }

    /**
     * The entry date: the day the commitment contract was signed.
     *
     * @return the entry date, none before the signature
     */
    public Option<LocalDate> entryDate() {
        return commitment.map(CommitmentContract::signedOn);
    }

    /**
     * The validated exit's date; none while the parcours goes on or the exit is only proposed.
     *
     * @return the exit date, if validated
     */
    public Option<LocalDate> exitDate() {
        return exit.filter(Exit::isValidated).map(Exit::date);
    }

    /**
     * The step {@code stepId}.
     *
     * @param stepId the step's id
     * @return the step, none if the parcours has no such step
     */
    public Option<Step> step(StepId stepId) {
        return Option.ofOptional(
                steps.stream().filter(s -> s.id().equals(stepId)).findFirst());
    }

    /**
     * This parcours at {@code version}, all else unchanged: what an import stores over a recorded one, or what two
     * parcours built by different commands compare at.
     *
     * @param version the version the copy carries
     * @return the copy
     */
    public Parcours withVersion(long version) {
        return new Parcours(
                id,
                participant,
                version,
                status,
                referral,
                decisions,
                commitment,
                referents,
                steps,
                interviews,
                placements,
                exit);
    }

    /**
     * The referent following the parcours on {@code date}.
     *
     * @param date the day
     * @return the referent, none before the first assignment
     */
    public Option<ReferentId> referentOn(LocalDate date) {
        ReferentId current = null;
        for (ReferentAssignment a : referents) {
            if (!a.from().isAfter(date)) {
                current = a.referent();
            }
        }
        return Option.of(current);
    }

    /**
     * Whether the participant was in the parcours at some day between {@code from} and {@code to} included.
     *
     * @param from the first day
     * @param to the last day
     * @return whether it was active then
     */
    public boolean isActiveBetween(LocalDate from, LocalDate to) {
        return entryDate().exists(entry -> !entry.isAfter(to)) && exitDate().forAll(exitDay -> !exitDay.isBefore(from));
    }

    Parcours next(
            ParcoursStatus newStatus,
            List<CommitteeDecision> newDecisions,
            Option<CommitmentContract> newCommitment,
            List<ReferentAssignment> newReferents,
            List<Step> newSteps,
            List<Interview> newInterviews,
            List<JobOfferPlacement> newPlacements,
            Option<Exit> newExit) {
        return new Parcours(
                id,
                participant,
                version + 1,
                newStatus,
                referral,
                newDecisions,
                newCommitment,
                newReferents,
                newSteps,
                newInterviews,
                newPlacements,
                newExit);
    }

    @Override
    public String toString() {
        return "Parcours[" + id + ", participant=" + participant + ", v" + version + ", " + status + "]";
    }
}
