package fr.plie.rules.eligibility;

import java.util.Objects;

/**
 * One criterion of a PLIE's public, evaluated for a profile: met or not, and why.
 *
 * @param criterion which criterion
 * @param reason the explanation, with {@link Reason#met()} telling whether the criterion is met
 */
public record CriterionResult(CriterionKind criterion, Reason reason) {
    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean met() {
        return reason.met();
    }
}
