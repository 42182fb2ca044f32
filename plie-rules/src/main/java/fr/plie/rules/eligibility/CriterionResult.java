package fr.plie.rules.eligibility;

import fr.plie.core.participant.ProfileFact;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One criterion of a PLIE's public, evaluated for a profile: met, not met, or unknown because a fact it needs is
 * not recorded (unknown is not unmet: les-emplois' "non renseigné"), and why.
 *
 * @param criterion which criterion
 * @param reason the explanation, with {@link Reason#met()} telling whether the criterion is met
 * @param missingFacts the facts whose absence leaves the criterion unknown; empty when it is met or unmet
 */
public record CriterionResult(CriterionKind criterion, Reason reason, Set<ProfileFact> missingFacts) {
    /** What a criterion's evaluation concludes. */
    public enum Status {
        /** The criterion is met. */
        MET,
        /** The criterion is not met, whatever the facts not recorded. */
        UNMET,
        /** A fact the criterion needs is not recorded, and the known facts do not settle it. */
        UNKNOWN
    }

    /**
     * Copies the missing facts, so the result stays immutable.
     *
     * @param criterion which criterion
     * @param reason the explanation, with {@link Reason#met()} telling whether the criterion is met
     * @param missingFacts the facts whose absence leaves the criterion unknown; empty when it is met or unmet
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a criterion met misses a fact
     */
    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(reason, "reason");
        missingFacts = missingFacts.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(missingFacts)); // in the facts' order
        if (reason.met() && !missingFacts.isEmpty()) {
            throw new IllegalArgumentException("a criterion met misses no fact");
        }
    }

    /**
     * A criterion met or not, every fact it reads being known.
     *
     * @param criterion which criterion
     * @param reason the explanation, met or not
     */
    public CriterionResult(CriterionKind criterion, Reason reason) {
        this(criterion, reason, Set.of());
    }

    /** {@return whether the criterion is met} */
    public boolean met() {
        return reason.met();
    }

    /** {@return met, unmet, or unknown when facts are missing} */
    public Status status() {
        if (reason.met()) {
            return Status.MET;
        }
        return missingFacts.isEmpty() ? Status.UNMET : Status.UNKNOWN;
    }
}
