package fr.plie.rules.exit;

import fr.plie.core.step.ContractType;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;

/**
 * An {@link ExitPolicy}'s parameters as plain final fields, with what follows from them worked out once per
 * policy: the engine reads these on every step, and the generated policy's accessors each read a volatile field.
 */
final class PolicyTerms {
    final String name;
    final EmploymentMilestone employmentCounts;
    final Period followUp;
    final AfterPeriod exitAfterPeriod;
    final BigDecimal minimumWorkingTimeShare;
    final boolean hasMinimumWorkingTime;
    final boolean partTimeMustBeChosen;
    final Period fixedTermThreshold;
    final Boundary fixedTermBoundary;
    final boolean consecutiveContractsAddUp;
    /** {@link ExitPolicy#durableContractTypes()} indexed by {@link ContractType#ordinal()}. */
    private final boolean[] durable;

    final TemporaryWorkRule temporaryWork;
    final Period temporaryWorkMinimum;
    final Boundary temporaryWorkBoundary;
    final Period temporaryWorkWindow;
    /** {@link #temporaryWorkMinimum} in the units of {@link Days#worked}. */
    final long temporaryWorkNeed;

    final WindowEnd windowEnd;

    final boolean seasonalRule;
    final Period seasonalWorkWindow;
    final long seasonalWorkNeed;

    final TrainingMilestone trainingCounts;
    final boolean trainingMustBeQualifying;
    final boolean trainingFollowUpRequired;
    /** {@link ExitPolicy#longTrainingOver()}, null when long trainings have no rule of their own. */
    final Period longTrainingOver;

    final Period longTrainingCountsAfter;

    final CreationMilestone creationCounts;
    final Period creationConsolidation;

    private final List<EvidenceRequirement> employmentEvidence;
    private final List<EvidenceRequirement> trainingEvidence;
    private final List<EvidenceRequirement> creationEvidence;

    PolicyTerms(ExitPolicy policy) {
        name = policy.name();
        employmentCounts = policy.employmentCounts();
        followUp = policy.followUp();
        exitAfterPeriod = policy.exitAfterPeriod();
        minimumWorkingTimeShare = policy.minimumWorkingTimeShare();
        hasMinimumWorkingTime = minimumWorkingTimeShare.signum() > 0;
        partTimeMustBeChosen = policy.partTimeMustBeChosen();
        fixedTermThreshold = policy.fixedTermThreshold();
        fixedTermBoundary = policy.fixedTermBoundary();
        consecutiveContractsAddUp = policy.consecutiveContractsAddUp();
        durable = new boolean[ContractType.values().length];
        policy.durableContractTypes().forEach(type -> durable[type.ordinal()] = true);

        temporaryWork = policy.temporaryWork();
        temporaryWorkMinimum = policy.temporaryWorkMinimum();
        temporaryWorkBoundary = policy.temporaryWorkBoundary();
        temporaryWorkWindow = policy.temporaryWorkWindow();
        temporaryWorkNeed = Days.required(temporaryWorkMinimum, temporaryWorkBoundary);
        windowEnd = policy.windowEnd();

        Option<Period> seasonalMinimum = policy.seasonalWorkMinimum();
        seasonalRule = seasonalMinimum.isDefined();
        seasonalWorkWindow = policy.seasonalWorkWindow();
        seasonalWorkNeed = seasonalRule ? Days.required(seasonalMinimum.get(), Boundary.INCLUSIVE) : 0;

        trainingCounts = policy.trainingCounts();
        trainingMustBeQualifying = policy.trainingMustBeQualifying();
        trainingFollowUpRequired = policy.trainingFollowUpRequired();
        longTrainingOver = policy.longTrainingOver().getOrNull();
        longTrainingCountsAfter = policy.longTrainingCountsAfter();

        creationCounts = policy.creationCounts();
        creationConsolidation = policy.creationConsolidation();

        employmentEvidence = policy.employmentEvidence();
        trainingEvidence = policy.trainingEvidence();
        creationEvidence = policy.creationEvidence();
    }

    /** The day an exit may be pronounced after a period whose last day is {@code lastDay}. */
    long exitAfter(long lastDay) {
        return exitAfterPeriod == AfterPeriod.NEXT_DAY ? lastDay + 1 : lastDay;
    }

    boolean isDurable(ContractType type) {
        return durable[type.ordinal()];
    }

    /** {@link ExitPolicy#evidenceFor}, for a positive outcome. */
    List<EvidenceRequirement> evidenceFor(ExitOutcome outcome) {
        return switch (outcome) {
            case POSITIVE_EMPLOYMENT -> employmentEvidence;
            case POSITIVE_TRAINING -> trainingEvidence;
            case POSITIVE_CREATION -> creationEvidence;
            default -> List.of();
        };
    }
}
