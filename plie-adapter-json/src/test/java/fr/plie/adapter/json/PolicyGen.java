package fr.plie.adapter.json;

import static org.quicktheories.generators.SourceDSL.longs;

import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.step.ContractType;
import fr.plie.rules.eligibility.AgeBounds;
import fr.plie.rules.eligibility.Criterion;
import fr.plie.rules.eligibility.CriterionKind;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.Epci;
import fr.plie.rules.eligibility.Territory;
import fr.plie.rules.exit.Boundary;
import fr.plie.rules.exit.CreationMilestone;
import fr.plie.rules.exit.EmploymentMilestone;
import fr.plie.rules.exit.EvidenceRequirement;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.rules.exit.TemporaryWorkRule;
import fr.plie.rules.exit.TrainingMilestone;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Policies derived from every preset with random parameter changes, as a PLIE would derive its own. Built from
 * a generated seed so that each example is reproducible from the seed QuickTheories reports.
 */
final class PolicyGen {
    private PolicyGen() {}

    static Gen<ExitPolicy> exitPolicies() {
        return longs().all().map(seed -> exitPolicy(new Random(seed)));
    }

    static Gen<EligibilityPolicy> eligibilityPolicies() {
        return longs().all().map(seed -> eligibilityPolicy(new Random(seed)));
    }

    static ExitPolicy exitPolicy(Random r) {
        List<ExitPolicy> presets = ExitPolicy.presets();
        ExitPolicy.Builder b = ExitPolicy.from(presets.get(r.nextInt(presets.size())));
        if (r.nextBoolean()) b.name("plie-" + Long.toHexString(r.nextLong()));
        if (r.nextBoolean()) b.employmentCounts(pick(r, EmploymentMilestone.values()));
        if (r.nextBoolean()) b.followUp(period(r, false));
        if (r.nextBoolean()) b.minimumWorkingTimeShare(BigDecimal.valueOf(r.nextInt(10_001), 4));
        if (r.nextBoolean()) b.partTimeMustBeChosen(r.nextBoolean());
        if (r.nextBoolean()) b.fixedTermThreshold(period(r, false));
        if (r.nextBoolean()) b.fixedTermBoundary(pick(r, Boundary.values()));
        if (r.nextBoolean()) b.consecutiveContractsAddUp(r.nextBoolean());
        if (r.nextBoolean()) {
            Set<ContractType> types = EnumSet.noneOf(ContractType.class);
            for (ContractType t : ContractType.values()) {
                if (t != ContractType.TEMPORARY_MISSION && r.nextBoolean()) types.add(t);
            }
            b.durableContractTypes(types);
        }
        if (r.nextBoolean()) b.temporaryWork(pick(r, TemporaryWorkRule.values()));
        if (r.nextBoolean()) b.temporaryWorkMinimum(period(r, false));
        if (r.nextBoolean()) b.temporaryWorkBoundary(pick(r, Boundary.values()));
        if (r.nextBoolean()) b.temporaryWorkWindow(period(r, true));
        if (r.nextBoolean()) b.seasonalWorkMinimum(r.nextBoolean() ? Option.none() : Option.some(period(r, false)));
        if (r.nextBoolean()) b.seasonalWorkWindow(period(r, true));
        if (r.nextBoolean()) b.trainingCounts(pick(r, TrainingMilestone.values()));
        if (r.nextBoolean()) b.trainingMustBeQualifying(r.nextBoolean());
        if (r.nextBoolean()) b.trainingFollowUpRequired(r.nextBoolean());
        if (r.nextBoolean()) b.longTrainingOver(r.nextBoolean() ? Option.none() : Option.some(period(r, false)));
        if (r.nextBoolean()) b.longTrainingCountsAfter(period(r, false));
        if (r.nextBoolean()) b.creationCounts(pick(r, CreationMilestone.values()));
        if (r.nextBoolean()) b.creationConsolidation(period(r, false));
        if (r.nextBoolean()) b.employmentEvidence(requirements(r));
        if (r.nextBoolean()) b.trainingEvidence(requirements(r));
        if (r.nextBoolean()) b.creationEvidence(requirements(r));
        if (r.nextBoolean()) b.administrativeExitsInDenominator(r.nextBoolean());
        if (r.nextBoolean()) b.exitAfterPeriod(pick(r, fr.plie.rules.exit.AfterPeriod.values()));
        if (r.nextBoolean()) b.windowEnd(pick(r, fr.plie.rules.exit.WindowEnd.values()));
        return b.build();
    }

    private static List<EvidenceRequirement> requirements(Random r) {
        List<EvidenceRequirement> out = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            EvidenceKind[] kinds = EvidenceKind.values();
            EvidenceRequirement q = EvidenceRequirement.anyOf(pick(r, kinds), pick(r, kinds), pick(r, kinds));
            out.add(r.nextBoolean() ? q : q.atMost(period(r, false)));
        }
        return out;
    }

    /** Years, months and days within the format's bounds, or a period in weeks' worth of days. */
    private static Period period(Random r, boolean positive) {
        Period p = Period.of(
                r.nextInt(4) == 0 ? r.nextInt(10) : 0,
                r.nextInt(3) == 0 ? 0 : r.nextInt(37),
                r.nextInt(3) == 0 ? r.nextInt(400) : 0);
        return positive && p.isZero() ? Period.ofMonths(1) : p;
    }

    static EligibilityPolicy eligibilityPolicy(Random r) {
        EligibilityPolicy base =
                r.nextBoolean() ? EligibilityPolicy.GRAND_AMIENOIS : EligibilityPolicy.GRAND_PERIGUEUX_2022_2027;
        EligibilityPolicy.Builder b = EligibilityPolicy.from(base);
        if (r.nextBoolean()) b.named("PLIE " + Long.toHexString(r.nextLong()));
        if (r.nextBoolean()) b.withEpci(Epci.of("EPCI " + r.nextInt(5), "31" + (555 + r.nextInt(400))));
        if (r.nextBoolean()) b.withTerritory(Territory.of("T" + r.nextInt(9)));
        if (r.nextBoolean()) {
            int min = r.nextInt(70);
            b.withAgeBounds(
                    r.nextBoolean()
                            ? AgeBounds.NONE
                            : r.nextBoolean() ? AgeBounds.from(min) : AgeBounds.between(min, min + r.nextInt(50)));
        }
        for (int i = r.nextInt(6); i > 0; i--) {
            CriterionKind kind = pick(r, CriterionKind.values());
            if (r.nextInt(3) == 0) {
                b.withoutCriterion(kind);
            } else {
                b.withCriterion(criterion(r, kind));
            }
        }
        EligibilityPolicy p = b.withCriteriaRequired(0).build();
        return EligibilityPolicy.from(p)
                .withCriteriaRequired(r.nextInt(p.criteria().size() + 1))
                .build();
    }

    private static Criterion criterion(Random r, CriterionKind kind) {
        return switch (kind) {
            case JOB_SEEKER -> new Criterion.JobSeeker();
            case SEEKING_WORK -> new Criterion.SeekingWork();
            case LONG_TERM_JOB_SEEKER -> new Criterion.LongTermJobSeeker(1 + r.nextInt(36));
            case MINIMUM_INCOME ->
                new Criterion.MinimumIncomeBeneficiary(
                        EnumSet.of(pick(r, MinimumIncome.values()), pick(r, MinimumIncome.values())));
            case SENIOR -> new Criterion.Senior(40 + r.nextInt(20), r.nextBoolean());
            case YOUNG -> new Criterion.Young(18 + r.nextInt(15), r.nextBoolean());
            case RECOGNISED_DISABLED_WORKER -> new Criterion.RecognisedDisabledWorker();
            case PRIORITY_NEIGHBOURHOOD -> new Criterion.PriorityNeighbourhood();
            case LOW_QUALIFICATION -> new Criterion.LowQualification(pick(r, QualificationLevel.values()));
            case INTERNATIONAL_PROTECTION -> new Criterion.InternationalProtection();
            case ASYLUM_SEEKER -> new Criterion.AsylumSeeker();
            case SINGLE_PARENT -> new Criterion.SingleParent();
            case CAREER_CHANGE -> new Criterion.CareerChange();
            case CUMULATED_BARRIERS -> new Criterion.CumulatedBarriers(1 + r.nextInt(4));
        };
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
