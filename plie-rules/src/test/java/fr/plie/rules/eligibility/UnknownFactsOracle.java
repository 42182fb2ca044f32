package fr.plie.rules.eligibility;

import fr.plie.core.participant.Barrier;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.ProfileFact;
import fr.plie.core.participant.ProtectionStatus;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The three-valued reading of a criterion from first principles: fill the unknown facts with the values least and
 * most favourable to the criterion and ask the two-valued {@link EligibilityOracle}; met when met even in the
 * worst case, unmet when unmet even in the best, unknown otherwise.
 */
final class UnknownFactsOracle {
    private UnknownFactsOracle() {}

    static CriterionResult.Status status(Criterion criterion, Profile p, LocalDate on) {
        if (EligibilityOracle.meets(criterion, filled(p, criterion, false, on), on)) {
            return CriterionResult.Status.MET;
        }
        return EligibilityOracle.meets(criterion, filled(p, criterion, true, on), on)
                ? CriterionResult.Status.UNKNOWN
                : CriterionResult.Status.UNMET;
    }

    /** Eligible when enough criteria are met in the worst case, not when too few are in the best, else incomplete. */
    static EligibilityStatus status(Profile p, LocalDate on, EligibilityPolicy policy) {
        boolean resident =
                policy.territory().epcis().stream().anyMatch(e -> e.communes().contains(p.residenceCommune()));
        int age = EligibilityOracle.age(p.birthDate(), on);
        boolean ageOk = policy.ageBounds().minAge().forAll(min -> age >= min)
                && policy.ageBounds().maxAge().forAll(max -> age <= max);
        long worst = policy.criteria().stream()
                .filter(c -> status(c, p, on) == CriterionResult.Status.MET)
                .count();
        long best = policy.criteria().stream()
                .filter(c -> status(c, p, on) != CriterionResult.Status.UNMET)
                .count();
        if (!resident || !ageOk || best < policy.criteriaRequired()) {
            return EligibilityStatus.NOT_ELIGIBLE;
        }
        return worst >= policy.criteriaRequired() ? EligibilityStatus.ELIGIBLE : EligibilityStatus.INCOMPLETE;
    }

    /** {@code p} with every unknown fact recorded, at the value most ({@code favourable}) or least favourable. */
    static Profile filled(Profile p, Criterion criterion, boolean favourable, LocalDate on) {
        Profile.Builder b = Profile.builder().from(p).unknownFacts(Set.of());
        for (ProfileFact fact : p.unknownFacts()) {
            switch (fact) {
                case PRIORITY_NEIGHBOURHOOD -> b.priorityNeighbourhood(favourable);
                case JOB_SEEKER_REGISTRATION ->
                    b.jobSeekerSince(favourable ? Option.some(on.minusYears(10)) : Option.none());
                case MINIMUM_INCOMES -> b.minimumIncomes(favourable ? EnumSet.allOf(MinimumIncome.class) : Set.of());
                case RECOGNISED_DISABLED_WORKER -> b.recognisedDisabledWorker(favourable);
                case PROTECTION ->
                    b.protection(
                            !favourable
                                    ? ProtectionStatus.NONE
                                    : criterion instanceof Criterion.AsylumSeeker
                                            ? ProtectionStatus.ASYLUM_SEEKER
                                            : ProtectionStatus.INTERNATIONAL_PROTECTION);
                case SINGLE_PARENT -> b.singleParent(favourable);
                case CAREER_CHANGE -> b.careerChange(favourable);
                case LABOUR_MARKET_STATUS ->
                    b.labourMarketStatus(favourable ? LabourMarketStatus.UNEMPLOYED : LabourMarketStatus.INACTIVE);
                case BARRIERS ->
                    b.barriers(
                            favourable
                                    ? List.of(
                                            Barrier.identified(BarrierKind.HOUSING, on.minusYears(1)),
                                            Barrier.identified(BarrierKind.HEALTH, on.minusYears(1)),
                                            Barrier.identified(BarrierKind.MOBILITY, on.minusYears(1)))
                                    : List.of());
            }
        }
        return b.build();
    }
}
