package fr.plie.rules.eligibility;

import static fr.plie.rules.eligibility.EligibilityGenerators.asOfDates;
import static fr.plie.rules.eligibility.EligibilityGenerators.policies;
import static fr.plie.rules.eligibility.EligibilityGenerators.profilesWithUnknownFacts;
import static org.quicktheories.QuickTheory.qt;

import fr.plie.core.participant.Profile;
import org.junit.jupiter.api.Test;

/** Unknown is not unmet: properties of the three-valued check over profiles with facts not recorded. */
class UnknownIsNotUnmetProperties {
    @Test
    void eachCriterionIsMetUnmetOrUnknownAsTheFillingOracleSays() {
        qt().forAll(profilesWithUnknownFacts(), asOfDates(), policies()).check((profile, asOf, policy) -> {
            EligibilityResult result = EligibilityChecker.check(profile, asOf, policy);
            return policy.criteria().stream()
                    .allMatch(c -> result.criteria().stream()
                            .filter(r -> r.criterion() == c.kind())
                            .allMatch(r -> r.status() == UnknownFactsOracle.status(c, profile, asOf)));
        });
    }

    @Test
    void theResultIsEligibleNotEligibleOrIncompleteAsTheFillingOracleSays() {
        qt().forAll(profilesWithUnknownFacts(), asOfDates(), policies())
                .check((profile, asOf, policy) ->
                        EligibilityChecker.check(profile, asOf, policy).status()
                                == UnknownFactsOracle.status(profile, asOf, policy));
    }

    @Test
    void factsAreMissingExactlyWhenIncompleteAndOnlyAmongTheUnknownOnes() {
        qt().forAll(profilesWithUnknownFacts(), asOfDates(), policies()).check((profile, asOf, policy) -> {
            EligibilityResult result = EligibilityChecker.check(profile, asOf, policy);
            boolean incomplete = result.status() == EligibilityStatus.INCOMPLETE;
            return incomplete != result.missingFacts().isEmpty()
                    && profile.unknownFacts().containsAll(result.missingFacts());
        });
    }

    @Test
    void recordingTheMissingFactsNeverOverturnsASettledVerdict() {
        qt().forAll(profilesWithUnknownFacts(), asOfDates(), policies()).check((profile, asOf, policy) -> {
            EligibilityStatus status =
                    EligibilityChecker.check(profile, asOf, policy).status();
            if (status == EligibilityStatus.INCOMPLETE) {
                return true;
            }
            return policy.criteria().stream().allMatch(c -> {
                Profile best = UnknownFactsOracle.filled(profile, c, true, asOf);
                Profile worst = UnknownFactsOracle.filled(profile, c, false, asOf);
                return EligibilityChecker.check(best, asOf, policy).status() == status
                        && EligibilityChecker.check(worst, asOf, policy).status() == status;
            });
        });
    }

    @Test
    void incompleteResultsTurnNotEligibleWhenTheMissingFactsAreRecordedAtTheirLeastFavourable() {
        qt().forAll(profilesWithUnknownFacts(), asOfDates(), policies()).check((profile, asOf, policy) -> {
            EligibilityResult result = EligibilityChecker.check(profile, asOf, policy);
            if (result.status() != EligibilityStatus.INCOMPLETE) {
                return true;
            }
            Profile worst = UnknownFactsOracle.filled(profile, policy.criteria().get(0), false, asOf);
            return worst.unknownFacts().isEmpty()
                    && EligibilityChecker.check(worst, asOf, policy).status() == EligibilityStatus.NOT_ELIGIBLE;
        });
    }
}
