package fr.plie.rules.eligibility;

import fr.plie.core.participant.Barrier;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.ProtectionStatus;
import java.time.LocalDate;
import java.util.Collections;

/**
 * A second, deliberately naive reading of the eligibility rules, written from the seeds and not from the
 * checker's code: the properties compare the checker against it.
 */
final class EligibilityOracle {
    private EligibilityOracle() {}

    static int age(LocalDate birth, LocalDate on) {
        int years = on.getYear() - birth.getYear();
        boolean birthdayReached = on.getMonthValue() > birth.getMonthValue()
                || (on.getMonthValue() == birth.getMonthValue() && on.getDayOfMonth() >= birth.getDayOfMonth());
        return birthdayReached ? years : years - 1;
    }

    static boolean registered(Profile p, LocalDate on) {
        return p.jobSeekerSince().isDefined() && p.jobSeekerSince().get().compareTo(on) <= 0;
    }

    static boolean meets(Criterion criterion, Profile p, LocalDate on) {
        int age = age(p.birthDate(), on);
        if (criterion instanceof Criterion.JobSeeker) {
            return registered(p, on);
        } else if (criterion instanceof Criterion.SeekingWork) {
            return p.labourMarketStatus() == LabourMarketStatus.UNEMPLOYED;
        } else if (criterion instanceof Criterion.LongTermJobSeeker c) {
            // "n months of registration": the registration date plus n calendar months is reached.
            return registered(p, on)
                    && p.jobSeekerSince().get().plusMonths(c.months()).compareTo(on) <= 0;
        } else if (criterion instanceof Criterion.MinimumIncomeBeneficiary c) {
            return !Collections.disjoint(c.accepted(), p.minimumIncomes());
        } else if (criterion instanceof Criterion.Senior c) {
            return age >= c.fromAge() && (!c.jobSeekersOnly() || registered(p, on));
        } else if (criterion instanceof Criterion.Young c) {
            return age < c.underAge() && (!c.jobSeekersOnly() || registered(p, on));
        } else if (criterion instanceof Criterion.RecognisedDisabledWorker) {
            return p.recognisedDisabledWorker();
        } else if (criterion instanceof Criterion.PriorityNeighbourhood) {
            return p.priorityNeighbourhood();
        } else if (criterion instanceof Criterion.LowQualification c) {
            return p.qualificationLevel().rank() <= c.atMost().rank();
        } else if (criterion instanceof Criterion.InternationalProtection) {
            return p.protection() == ProtectionStatus.INTERNATIONAL_PROTECTION;
        } else if (criterion instanceof Criterion.AsylumSeeker) {
            return p.protection() == ProtectionStatus.ASYLUM_SEEKER;
        } else if (criterion instanceof Criterion.SingleParent) {
            return p.singleParent();
        } else if (criterion instanceof Criterion.CareerChange) {
            return p.careerChange();
        } else if (criterion instanceof Criterion.CumulatedBarriers c) {
            int open = 0;
            for (Barrier b : p.barriers()) {
                boolean identified = b.identifiedOn().compareTo(on) <= 0;
                boolean lifted = b.liftedOn().isDefined() && b.liftedOn().get().compareTo(on) <= 0;
                if (identified && !lifted) {
                    open++;
                }
            }
            return open >= c.atLeast();
        }
        throw new AssertionError("unknown criterion " + criterion);
    }

    static boolean eligible(Profile p, LocalDate on, EligibilityPolicy policy) {
        boolean resident =
                policy.territory().epcis().stream().anyMatch(e -> e.communes().contains(p.residenceCommune()));
        int age = age(p.birthDate(), on);
        boolean ageOk = policy.ageBounds().minAge().forAll(min -> age >= min)
                && policy.ageBounds().maxAge().forAll(max -> age <= max);
        long met = policy.criteria().stream().filter(c -> meets(c, p, on)).count();
        return resident && ageOk && met >= policy.criteriaRequired();
    }
}
