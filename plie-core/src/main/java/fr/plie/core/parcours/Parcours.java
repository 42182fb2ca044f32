package fr.plie.core.parcours;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.admission.Referral;
import fr.plie.core.common.Rejection;
import fr.plie.core.exit.Exit;
import fr.plie.core.internal.ImmutableStyle;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A participant's parcours, from referral to exit: the aggregate that the exit rules judge and the indicators
 * count. An immutable value; two parcours with the same history are equal.
 *
 * <p>Its {@link #status()} is not stored: it follows from the history (decisions, commitment, exit), so it cannot
 * disagree with it. Change a parcours through {@link ParcoursLifecycle}, which refuses impossible transitions.
 * Rebuild a recorded one (adapters loading a store or reading a document) with {@link Builder#restore()}, which
 * refuses a history no lifecycle could have produced and lists every reason; {@link Builder#build()} checks only
 * that nothing is missing (test data, values already checked).
 */
@Value.Immutable
@ImmutableStyle
public abstract class Parcours {
    Parcours() {}

    /** {@return the parcours' identifier} */
    public abstract ParcoursId id();

    /** {@return its participant's pseudonymous id} */
    public abstract ParticipantId participant();

    /**
     * Increases by one with every accepted command; repositories use it for optimistic locking.
     *
     * @return the version
     */
    public abstract long version();

    /** {@return the referral that opened the parcours} */
    public abstract Referral referral();

    /**
     * The committee's decisions, oldest first (postponements may precede the final decision).
     *
     * @return the decisions
     */
    public abstract List<CommitteeDecision> decisions();

    /**
     * The commitment contract, once signed.
     *
     * @return the contract, none before the signature
     */
    @Value.Default
    public Option<CommitmentContract> commitment() {
        return Option.none();
    }

    /**
     * The history of referent assignments, oldest first.
     *
     * @return the assignments
     */
    public abstract List<ReferentAssignment> referents();

    /**
     * Steps in the order they were started.
     *
     * @return the steps
     */
    public abstract List<Step> steps();

    /**
     * The interviews, in the order they were recorded.
     *
     * @return the interviews
     */
    public abstract List<Interview> interviews();

    /**
     * The job-offer placements, in the order they were recorded.
     *
     * @return the placements
     */
    public abstract List<JobOfferPlacement> placements();

    /**
     * The exit, once proposed (validated or not).
     *
     * @return the exit, none before a proposal or after its withdrawal
     */
    @Value.Default
    public Option<Exit> exit() {
        return Option.none();
    }

    /**
     * Where the parcours stands, derived from its history: {@link ParcoursStatus#EXITED} with a validated exit,
     * {@link ParcoursStatus#EXIT_PROPOSED} with a proposed one, {@link ParcoursStatus#ACTIVE} with a commitment,
     * else the last committee decision's outcome ({@link ParcoursStatus#ADMITTED}, {@link ParcoursStatus#REFUSED},
     * {@link ParcoursStatus#POSTPONED}), {@link ParcoursStatus#REFERRED} before any.
     *
     * @return the status
     */
    public ParcoursStatus status() {
        if (exit().isDefined()) {
            return exit().get().isValidated() ? ParcoursStatus.EXITED : ParcoursStatus.EXIT_PROPOSED;
        }
        if (commitment().isDefined()) {
            return ParcoursStatus.ACTIVE;
        }
        if (decisions().isEmpty()) {
            return ParcoursStatus.REFERRED;
        }
        return outcome(decisions().get(decisions().size() - 1));
    }

    static ParcoursStatus outcome(CommitteeDecision decision) {
        if (decision instanceof CommitteeDecision.Admitted) {
            return ParcoursStatus.ADMITTED;
        }
        return decision instanceof CommitteeDecision.Refused ? ParcoursStatus.REFUSED : ParcoursStatus.POSTPONED;
    }

    /**
     * A builder of parcours; {@link Builder#restore()} checks the history, {@link Builder#build()} does not.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Rebuilds a recorded parcours, checked as {@link Builder#restore()} checks it: what a store or a document
     * holds, before anything relies on it.
     *
     * @param recorded the parcours as recorded
     * @return the parcours, or every reason no lifecycle could have produced it
     */
    public static Either<List<Rejection>, Parcours> restore(Parcours recorded) {
        List<Rejection> violations = History.violations(recorded);
        return violations.isEmpty() ? Either.right(recorded) : Either.left(violations);
    }

    /**
     * Builds parcours: set every attribute (lists and options default to empty), then {@link #restore()} a
     * recorded one or {@link #build()} one already checked.
     */
    public static final class Builder extends ImmutableParcours.Builder {
        Builder() {}

        /**
         * The parcours, if its history is one {@link ParcoursLifecycle} could have produced: dates in order
         * (decisions, referents, steps after the referral; steps, placements and exit after the entry), a final
         * committee decision only last, a commitment only after admission, an exit only after entry and after
         * every step's start, interviews with a synthesis, refusals with an alternative, unique step ids, a
         * version from 1. Lists <em>every</em> violation, each a {@link Rejection} with the lifecycle's code for
         * the command that would have been refused.
         *
         * @return the parcours, or every violation of its history
         * @throws IllegalStateException if a required attribute (id, participant, version, referral) is not set
         */
        public Either<List<Rejection>, Parcours> restore() {
            return Parcours.restore(build());
        }
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
        return builder()
                .id(id)
                .participant(participant)
                .version(1)
                .referral(referral)
                .build();
    }

    /**
     * The entry date: the day the commitment contract was signed.
     *
     * @return the entry date, none before the signature
     */
    public Option<LocalDate> entryDate() {
        return commitment().map(CommitmentContract::signedOn);
    }

    /**
     * The validated exit's date; none while the parcours goes on or the exit is only proposed.
     *
     * @return the exit date, if validated
     */
    public Option<LocalDate> exitDate() {
        return exit().filter(Exit::isValidated).map(Exit::date);
    }

    /**
     * The step {@code stepId}.
     *
     * @param stepId the step's id
     * @return the step, none if the parcours has no such step
     */
    public Option<Step> step(StepId stepId) {
        return Option.ofOptional(
                steps().stream().filter(s -> s.id().equals(stepId)).findFirst());
    }

    /**
     * This parcours at {@code version}, all else unchanged: what an import stores over a recorded one, or what two
     * parcours built by different commands compare at.
     *
     * @param version the version the copy carries
     * @return the copy
     */
    public abstract Parcours withVersion(long version);

    /**
     * This parcours with other decisions, all else unchanged (not checked: {@link #restore} checks).
     *
     * @param decisions the decisions, oldest first
     * @return the copy
     */
    public abstract Parcours withDecisions(Iterable<? extends CommitteeDecision> decisions);

    /**
     * This parcours with another commitment, all else unchanged (not checked: {@link #restore} checks).
     *
     * @param commitment the commitment, none for a parcours not entered
     * @return the copy
     */
    public abstract Parcours withCommitment(Option<CommitmentContract> commitment);

    /**
     * This parcours with other referent assignments, all else unchanged (not checked: {@link #restore} checks).
     *
     * @param referents the assignments, oldest first
     * @return the copy
     */
    public abstract Parcours withReferents(Iterable<? extends ReferentAssignment> referents);

    /**
     * This parcours with other steps, all else unchanged (not checked: {@link #restore} checks).
     *
     * @param steps the steps, in the order they were started
     * @return the copy
     */
    public abstract Parcours withSteps(Iterable<? extends Step> steps);

    /**
     * This parcours with other interviews, all else unchanged (not checked: {@link #restore} checks).
     *
     * @param interviews the interviews, in the order they were recorded
     * @return the copy
     */
    public abstract Parcours withInterviews(Iterable<? extends Interview> interviews);

    /**
     * This parcours with other job-offer placements, all else unchanged (not checked: {@link #restore} checks).
     *
     * @param placements the placements, in the order they were recorded
     * @return the copy
     */
    public abstract Parcours withPlacements(Iterable<? extends JobOfferPlacement> placements);

    /**
     * This parcours with another exit, all else unchanged (not checked: {@link #restore} checks).
     *
     * @param exit the exit, none for a parcours under way
     * @return the copy
     */
    public abstract Parcours withExit(Option<Exit> exit);

    /**
     * The referent following the parcours on {@code date}.
     *
     * @param date the day
     * @return the referent, none before the first assignment
     */
    public Option<ReferentId> referentOn(LocalDate date) {
        ReferentId current = null;
        for (ReferentAssignment a : referents()) {
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

    /** The next version, for the lifecycle: one more than this one. */
    Parcours next() {
        return withVersion(version() + 1);
    }

    /** Ids and status only: the history holds free texts about the participant. */
    @Override
    public String toString() {
        return "Parcours[" + id() + ", participant=" + participant() + ", v" + version() + ", " + status() + "]";
    }
}
