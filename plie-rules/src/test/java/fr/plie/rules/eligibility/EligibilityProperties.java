package fr.plie.rules.eligibility;

import static fr.plie.rules.eligibility.EligibilityGenerators.asOfDates;
import static fr.plie.rules.eligibility.EligibilityGenerators.policies;
import static fr.plie.rules.eligibility.EligibilityGenerators.profiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.plie.core.participant.Profile;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of the eligibility check over drawn profiles, dates and policies. */
class EligibilityProperties {
    @Test
    void theResultListsEveryCriterionOfThePolicyExactlyOnceInItsOrder() {
        qt().forAll(profiles(), asOfDates(), policies()).check((profile, asOf, policy) -> {
            EligibilityResult result = EligibilityChecker.check(profile, asOf, policy);
            return result.criteria().stream()
                    .map(CriterionResult::criterion)
                    .toList()
                    .equals(policy.criteria().stream().map(Criterion::kind).toList());
        });
    }

    @Test
    void eligibleExactlyWhenResidentWithinTheAgeBoundsAndMeetingEnoughCriteria() {
        qt().forAll(profiles(), asOfDates(), policies()).check((profile, asOf, policy) -> {
            EligibilityResult result = EligibilityChecker.check(profile, asOf, policy);
            boolean everyCriterionAgrees = result.criteria().stream()
                    .allMatch(
                            c -> c.met() == EligibilityOracle.meets(criterionOf(policy, c.criterion()), profile, asOf));
            return everyCriterionAgrees && result.eligible() == EligibilityOracle.eligible(profile, asOf, policy);
        });
    }

    @Test
    void fieldsNoCriterionOfThePolicyReadsDoNotChangeTheResult() {
        qt().forAll(profiles(), profiles(), asOfDates(), policies()).check((profile, other, asOf, policy) -> {
            Profile mixed = withIrrelevantFieldsOf(profile, other, policy);
            return EligibilityChecker.check(profile, asOf, policy)
                    .equals(EligibilityChecker.check(mixed, asOf, policy));
        });
    }

    @Test
    void everyReasonHasAFrenchAndAnEnglishText() {
        qt().withExamples(300).forAll(profiles(), asOfDates(), policies()).checkAssert((profile, asOf, policy) -> {
            for (Reason reason : EligibilityChecker.check(profile, asOf, policy).reasons()) {
                assertThat(Reason.MESSAGES.hasKey(reason.code(), Locale.FRENCH))
                        .as(reason.code())
                        .isTrue();
                assertThat(Reason.MESSAGES.hasKey(reason.code(), Locale.ENGLISH))
                        .as(reason.code())
                        .isTrue();
            }
        });
    }

    private static Criterion criterionOf(EligibilityPolicy policy, CriterionKind kind) {
        return policy.criteria().stream()
                .filter(c -> c.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    /**
     * {@code profile} with the fields no criterion of {@code policy} reads taken from {@code other}: sex and the
     * ESF+ fields always, and each criterion's own field when the policy does not hold that criterion.
     */
    private static Profile withIrrelevantFieldsOf(Profile profile, Profile other, EligibilityPolicy policy) {
        Set<CriterionKind> used = EnumSet.noneOf(CriterionKind.class);
        policy.criteria().forEach(c -> used.add(c.kind()));
        Profile.Builder b = Profile.builder().from(profile);
        b.sex(other.sex())
                .thirdCountryNational(other.thirdCountryNational())
                .foreignBackground(other.foreignBackground())
                .homelessOrHousingExclusion(other.homelessOrHousingExclusion())
                .ruralArea(other.ruralArea());
        if (!used.contains(CriterionKind.PRIORITY_NEIGHBOURHOOD)) {
            b.priorityNeighbourhood(other.priorityNeighbourhood());
        }
        if (!used.contains(CriterionKind.LOW_QUALIFICATION)) {
            b.qualificationLevel(other.qualificationLevel());
        }
        if (!used.contains(CriterionKind.MINIMUM_INCOME)) {
            b.minimumIncomes(other.minimumIncomes());
        }
        if (!used.contains(CriterionKind.RECOGNISED_DISABLED_WORKER)) {
            b.recognisedDisabledWorker(other.recognisedDisabledWorker());
        }
        if (!used.contains(CriterionKind.INTERNATIONAL_PROTECTION) && !used.contains(CriterionKind.ASYLUM_SEEKER)) {
            b.protection(other.protection());
        }
        if (!used.contains(CriterionKind.SINGLE_PARENT)) {
            b.singleParent(other.singleParent());
        }
        if (!used.contains(CriterionKind.CAREER_CHANGE)) {
            b.careerChange(other.careerChange());
        }
        if (!used.contains(CriterionKind.SEEKING_WORK)) {
            b.labourMarketStatus(other.labourMarketStatus());
        }
        if (!used.contains(CriterionKind.CUMULATED_BARRIERS)) {
            b.barriers(List.copyOf(other.barriers()));
        }
        if (used.stream()
                .noneMatch(k -> k == CriterionKind.JOB_SEEKER
                        || k == CriterionKind.LONG_TERM_JOB_SEEKER
                        || k == CriterionKind.SENIOR
                        || k == CriterionKind.YOUNG)) {
            b.jobSeekerSince(other.jobSeekerSince());
        }
        return b.build();
    }
}
