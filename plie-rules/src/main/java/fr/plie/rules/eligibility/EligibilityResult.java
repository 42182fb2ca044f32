package fr.plie.rules.eligibility;

import fr.plie.core.participant.ProfileFact;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of an eligibility check: the residence and age conditions, then every criterion of the policy in
 * its order, met, unmet or unknown (a fact not recorded), each with its reason (accumulated, never stopped at the first failure), so the
 * prescriber and the committee see the whole picture (seed 001: "le PLIE assure un premier contrôle sur les
 * critères d'éligibilité du public").
 *
 * @param residence whether the commune of residence is in the PLIE's territory
 * @param age whether the age is within the policy's general bounds
 * @param criteria every criterion of the policy, in the policy's order, exactly once
 * @param criteriaRequired how many criteria must be met
 */
public record EligibilityResult(Reason residence, Reason age, List<CriterionResult> criteria, int criteriaRequired) {
    /**
     * Copies the criteria, so the result stays immutable.
     *
     * @param residence whether the commune of residence is in the PLIE's territory
     * @param age whether the age is within the policy's general bounds
     * @param criteria every criterion of the policy, in the policy's order, exactly once
     * @param criteriaRequired how many criteria must be met
     * @throws NullPointerException if {@code residence}, {@code age} or {@code criteria} is null
     */
    public EligibilityResult {
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(age, "age");
        criteria = List.copyOf(criteria);
    }

    /**
     * Eligible: resident of the territory, within the age bounds, and meeting enough criteria.
     *
     * @return whether the candidate is eligible
     */
    public boolean eligible() {
        return status() == EligibilityStatus.ELIGIBLE;
    }

    /**
     * Eligible, not eligible, or incomplete: resident and within the age bounds, fewer criteria met than required,
     * but enough of them unknown to reach the number once their facts are recorded.
     *
     * @return the status
     */
    public EligibilityStatus status() {
        if (!residence.met() || !age.met()) {
            return EligibilityStatus.NOT_ELIGIBLE;
        }
        int met = criteriaMet();
        if (met >= criteriaRequired) {
            return EligibilityStatus.ELIGIBLE;
        }
        return met + unknown().size() >= criteriaRequired
                ? EligibilityStatus.INCOMPLETE
                : EligibilityStatus.NOT_ELIGIBLE;
    }

    /**
     * The criteria left unknown by a missing fact, in the policy's order.
     *
     * @return the unknown criteria
     */
    public List<CriterionResult> unknown() {
        return criteria.stream()
                .filter(c -> c.status() == CriterionResult.Status.UNKNOWN)
                .toList();
    }

    /**
     * The facts to record to conclude, in {@link ProfileFact}'s order: those of the unknown criteria when the
     * result is incomplete; none when the known facts already settle it.
     *
     * @return the missing facts
     */
    public Set<ProfileFact> missingFacts() {
        if (status() != EligibilityStatus.INCOMPLETE) {
            return Set.of();
        }
        Set<ProfileFact> facts = EnumSet.noneOf(ProfileFact.class);
        unknown().forEach(c -> facts.addAll(c.missingFacts()));
        return Collections.unmodifiableSet(facts);
    }

    /** {@return how many criteria are met} */
    public int criteriaMet() {
        return (int) criteria.stream().filter(CriterionResult::met).count();
    }

    /**
     * The criteria met, in the policy's order.
     *
     * @return the criteria met
     */
    public List<CriterionResult> met() {
        return criteria.stream().filter(CriterionResult::met).toList();
    }

    /**
     * The criteria not met, known or unknown, in the policy's order.
     *
     * @return the criteria not met
     */
    public List<CriterionResult> unmet() {
        return criteria.stream().filter(c -> !c.met()).toList();
    }

    /**
     * The conclusion: eligible, incomplete (with the number of criteria unknown and facts missing) or not, with
     * the number of criteria met and required.
     *
     * @return the summary reason
     */
    public Reason summary() {
        EligibilityStatus status = status();
        if (status == EligibilityStatus.ELIGIBLE) {
            return Reason.met("eligibility.summary.eligible", criteriaMet(), criteriaRequired);
        }
        if (status == EligibilityStatus.INCOMPLETE) {
            return Reason.unmet(
                    "eligibility.summary.incomplete",
                    criteriaMet(),
                    criteriaRequired,
                    unknown().size(),
                    missingFacts().size());
        }
        return Reason.unmet(
                "eligibility.summary.not-eligible",
                criteriaMet(),
                criteriaRequired,
                (residence.met() ? 0 : 1) + (age.met() ? 0 : 1) + (criteriaMet() >= criteriaRequired ? 0 : 1));
    }

    /**
     * Every reason in order: residence, age, each criterion, then the summary.
     *
     * @return the reasons
     */
    public List<Reason> reasons() {
        List<Reason> all = new ArrayList<>();
        all.add(residence);
        all.add(age);
        criteria.forEach(c -> all.add(c.reason()));
        all.add(summary());
        return all;
    }

    /**
     * The result as a Vavr {@link Validation}: valid when eligible; otherwise invalid with every unmet reason
     * (residence, age, each unmet criterion, then the summary), for callers that chain validations.
     *
     * @return the validation
     */
    public Validation<List<Reason>, EligibilityResult> asValidation() {
        return eligible()
                ? Validation.valid(this)
                : Validation.invalid(reasons().stream().filter(r -> !r.met()).toList());
    }

    /**
     * The reasons as text in {@code locale} (French by default in plie, English on request).
     *
     * @param locale the reader's locale
     * @return the texts, in order
     */
    public List<String> explain(Locale locale) {
        return reasons().stream().map(r -> r.message(locale)).toList();
    }
}
