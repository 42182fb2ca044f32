package fr.plie.rules.eligibility;

import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.Profile;
import java.time.LocalDate;
import java.util.List;

/**
 * Checks a candidate's eligibility to a PLIE, the first control the PLIE makes on a referral (seed 001: "le PLIE
 * assure un premier contrôle sur les critères d'éligibilité du public"). Pure: the same profile, date and policy
 * always give the same result.
 *
 * <p>Thread-safe: static and pure.
 */
public final class EligibilityChecker {
    private EligibilityChecker() {}

    /**
     * Evaluates residence, age and every criterion of {@code policy} for {@code profile} on {@code asOf}, and
     * accumulates all their reasons.
     *
     * @param profile the candidate's profile
     * @param asOf the day of the check
     * @param policy the PLIE's eligibility rules
     * @return the result, every reason included
     */
    public static EligibilityResult check(Profile profile, LocalDate asOf, EligibilityPolicy policy) {
        List<CriterionResult> criteria =
                policy.criteria().stream().map(c -> c.evaluate(profile, asOf)).toList();
        return new EligibilityResult(
                residence(profile.residenceCommune(), policy.territory()),
                age(profile.ageOn(asOf), policy.ageBounds()),
                criteria,
                policy.criteriaRequired());
    }

    private static Reason residence(InseeCode commune, Territory territory) {
        return territory
                .epciOf(commune)
                .map(epci -> Reason.met("eligibility.residence.met", commune.value(), epci.name(), territory.name()))
                .getOrElse(() -> Reason.unmet("eligibility.residence.unmet", commune.value(), territory.name()));
    }

    private static Reason age(int age, AgeBounds bounds) {
        if (bounds.minAge().exists(min -> age < min)) {
            return Reason.unmet(
                    "eligibility.age.too-young", age, bounds.minAge().get());
        }
        if (bounds.maxAge().exists(max -> age > max)) {
            return Reason.unmet("eligibility.age.too-old", age, bounds.maxAge().get());
        }
        return Reason.met("eligibility.age.within", age);
    }
}
