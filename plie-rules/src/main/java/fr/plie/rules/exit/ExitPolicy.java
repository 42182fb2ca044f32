package fr.plie.rules.exit;

import fr.plie.core.step.ContractType;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One PLIE's rules for a positive exit ("sortie positive"): durable employment, qualifying training or business
 * creation, each proven by evidence. Every row of the table in which the seeds differ (DOMAIN.md, "Positive
 * exits: the rule, and where the PLIEs differ") is a parameter; the presets below carry each seed's reading,
 * and {@link #from(ExitPolicy)} derives a PLIE's own.
 *
 * <p>Durations follow one convention, for contracts, missions, seasonal work, follow-up, training and creation:
 * whole calendar months first, then days. A period {@code p} started on day {@code s} is complete on day {@code
 * s + p - 1 day} (a contract from 1 January to 30 June has lasted 6 months); an {@link Boundary#EXCLUSIVE}
 * threshold needs one day more. Periods with gaps (missions, seasonal contracts) each count their whole months
 * from their first day, then their days left over, and add up (docs/policies.md, "Durations"). Immutable; two
 * policies with the same parameters are equal.
 */
@Value.Immutable
public abstract class ExitPolicy {
    /** The 2010 national guide of the PLIE network, as cited by a 2013 PLIE document (DOMAIN.md). */
    public static final ExitPolicy NATIONAL_GUIDE_2010 = ExitPolicyPresets.nationalGuide2010();

    /** Toulouse Métropole, protocol 2015-2020 (seed 000, "Objectifs qualitatifs"). */
    public static final ExitPolicy TOULOUSE_2015_2020 = ExitPolicyPresets.toulouse2015To2020();

    /** The PLIE of the Grand Amiénois run by the MLIFE (seed 004, "Seront considérés comme des sorties positives"). */
    public static final ExitPolicy GRAND_AMIENOIS = ExitPolicyPresets.grandAmienois();

    /** The PLIE of the Boulonnais (seed 002, "Suivi en emploi et sortie du PLIE"); the national guide elsewhere. */
    public static final ExitPolicy BOULONNAIS = ExitPolicyPresets.boulonnais();

    /**
     * The wider "situation positive" of seed 004's youth programmes (Contrat Gagnant, Les clés pour l'emploi et
     * l'alternance): any job, subsidised contract, alternance or training counts from its first day.
     */
    public static final ExitPolicy YOUTH_POSITIVE_SITUATION = ExitPolicyPresets.youthPositiveSituation();

    /**
     * The parameters as the engine reads them, worked out on first use. Not volatile: {@link PolicyTerms} has only
     * final fields, so a thread that sees no value yet just works out an equal one (as {@link String#hashCode}).
     */
    private transient PolicyTerms terms;

    /**
     * Every preset, in the order above.
     *
     * @return the presets
     */
    public static List<ExitPolicy> presets() {
        return List.of(NATIONAL_GUIDE_2010, TOULOUSE_2015_2020, GRAND_AMIENOIS, BOULONNAIS, YOUTH_POSITIVE_SITUATION);
    }

    /**
     * A short name shown in explanations, e.g. {@code toulouse-2015-2020}.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * When a job counts: end of the trial period, once the threshold is met, or after the follow-up.
     *
     * @return when a job counts
     */
    @Value.Default
    public EmploymentMilestone employmentCounts() {
        return EmploymentMilestone.DURATION_THRESHOLD_MET;
    }

    /**
     * The follow-up after hiring or entry into training: 6 months (seed 000), 6 months and one day (seed 002).
     *
     * @return the follow-up
     */
    @Value.Default
    public Period followUp() {
        return Period.ofMonths(6);
    }

    /**
     * The day an exit may be pronounced after the follow-up or a CDI's trial period: the day after the period is
     * complete, or its last day.
     *
     * @return the day after the period, or its last day
     */
    @Value.Default
    public AfterPeriod exitAfterPeriod() {
        return AfterPeriod.NEXT_DAY;
    }

    /**
     * The minimum weekly hours as a share of the job's full time: 0.5 for half-time, 0 for no minimum.
     *
     * @return the minimum share
     */
    @Value.Default
    public BigDecimal minimumWorkingTimeShare() {
        return new BigDecimal("0.5");
    }

    /**
     * Whether a part-time job counts only when the participant chose part time (national guide 2010).
     *
     * @return whether part time must be chosen
     */
    @Value.Default
    public boolean partTimeMustBeChosen() {
        return false;
    }

    /**
     * How long a fixed-term contract must last (6 months in every seed).
     *
     * @return the fixed-term threshold
     */
    @Value.Default
    public Period fixedTermThreshold() {
        return Period.ofMonths(6);
    }

    /**
     * "At least" or "more than" the fixed-term threshold.
     *
     * @return the boundary of the fixed-term threshold
     */
    @Value.Default
    public Boundary fixedTermBoundary() {
        return Boundary.INCLUSIVE;
    }

    /**
     * Whether contracts that follow one another without a day's gap add up to the fixed-term threshold.
     *
     * @return whether consecutive contracts add up
     */
    @Value.Default
    public boolean consecutiveContractsAddUp() {
        return false;
    }

    /**
     * The contract types judged as one contract against the trial period or the fixed-term threshold. CDDI and
     * PEC are steps by default; temporary missions are governed by {@link #temporaryWork()} and cannot be listed.
     *
     * @return the durable contract types
     */
    public abstract Set<ContractType> durableContractTypes();

    /**
     * How temporary-work missions count.
     *
     * @return how missions count
     */
    @Value.Default
    public TemporaryWorkRule temporaryWork() {
        return TemporaryWorkRule.NOT_COUNTED;
    }

    /**
     * The missions needed: 6 months in seeds 004 and the national guide.
     *
     * @return the missions' minimum
     */
    @Value.Default
    public Period temporaryWorkMinimum() {
        return Period.ofMonths(6);
    }

    /**
     * "At least" or "more than" the missions' minimum.
     *
     * @return the boundary of the missions' minimum
     */
    @Value.Default
    public Boundary temporaryWorkBoundary() {
        return Boundary.INCLUSIVE;
    }

    /**
     * The rolling window of {@link TemporaryWorkRule#TOTAL_WITHIN_WINDOW}: 12 months in seed 004.
     *
     * @return the window
     */
    @Value.Default
    public Period temporaryWorkWindow() {
        return Period.ofMonths(12);
    }

    /**
     * Which rolling window counts, for temporary work and seasonal work alike.
     *
     * @return which window counts
     */
    @Value.Default
    public WindowEnd windowEnd() {
        return WindowEnd.ANY_DAY;
    }

    /**
     * Seasonal work counts once the seasonal contracts within {@link #seasonalWorkWindow()} total this many
     * months (8 in the national guide); none when seasonal contracts have no rule of their own.
     *
     * @return the seasonal minimum, if any
     */
    @Value.Default
    public Option<Period> seasonalWorkMinimum() {
        return Option.none();
    }

    /**
     * The window of the seasonal rule: the last 12 months.
     *
     * @return the seasonal window
     */
    @Value.Default
    public Period seasonalWorkWindow() {
        return Period.ofMonths(12);
    }

    /**
     * When a training counts: at entry or at validation.
     *
     * @return when a training counts
     */
    @Value.Default
    public TrainingMilestone trainingCounts() {
        return TrainingMilestone.AT_VALIDATION;
    }

    /**
     * Whether only qualifying trainings (diploma, registered title, certificate) count.
     *
     * @return whether only qualifying trainings count
     */
    @Value.Default
    public boolean trainingMustBeQualifying() {
        return true;
    }

    /**
     * Whether a training counts only at the end of the follow-up started on entry (seeds 000, 002).
     *
     * @return whether the follow-up is required
     */
    @Value.Default
    public boolean trainingFollowUpRequired() {
        return false;
    }

    /**
     * A training planned to last more than this (9 months in the national guide) counts after {@link
     * #longTrainingCountsAfter()} in training, before its validation; none when there is no such rule.
     *
     * @return the length of a long training, if there is such a rule
     */
    @Value.Default
    public Option<Period> longTrainingOver() {
        return Option.none();
    }

    /**
     * Time in a long training after which it counts (6 months in the national guide).
     *
     * @return the time in training
     */
    @Value.Default
    public Period longTrainingCountsAfter() {
        return Period.ofMonths(6);
    }

    /**
     * When a business creation counts: on proof or after a period of activity.
     *
     * @return when a creation counts
     */
    @Value.Default
    public CreationMilestone creationCounts() {
        return CreationMilestone.ON_PROOF;
    }

    /**
     * The activity that consolidates a creation under {@link CreationMilestone#AFTER_ACTIVITY}: 6 months.
     *
     * @return the consolidation period
     */
    @Value.Default
    public Period creationConsolidation() {
        return Period.ofMonths(6);
    }

    /**
     * The evidence a positive employment exit needs, each requirement to be met.
     *
     * @return the employment evidence
     */
    public abstract List<EvidenceRequirement> employmentEvidence();

    /**
     * The evidence a positive training exit needs.
     *
     * @return the training evidence
     */
    public abstract List<EvidenceRequirement> trainingEvidence();

    /**
     * The evidence a positive creation exit needs.
     *
     * @return the creation evidence
     */
    public abstract List<EvidenceRequirement> creationEvidence();

    /**
     * Whether administrative exits (moving away, death, retirement) count in the denominator of the positive
     * exit rate; reporting reads it. Seeds 001, 002 and 004 count "l'ensemble des sorties prononcées".
     *
     * @return whether administrative exits count in the denominator
     */
    @Value.Default
    public boolean administrativeExitsInDenominator() {
        return true;
    }

    /**
     * The evidence needed for {@code outcome}; empty unless the outcome is positive.
     *
     * @param outcome the outcome
     * @return the requirements
     */
    public List<EvidenceRequirement> evidenceFor(ExitOutcome outcome) {
        return switch (outcome) {
            case POSITIVE_EMPLOYMENT -> employmentEvidence();
            case POSITIVE_TRAINING -> trainingEvidence();
            case POSITIVE_CREATION -> creationEvidence();
            default -> List.of();
        };
    }

    final PolicyTerms terms() {
        PolicyTerms result = terms;
        if (result == null) {
            result = new PolicyTerms(this);
            terms = result;
        }
        return result;
    }

    /**
     * Rejects inconsistent parameters when the policy is built: Immutables calls it, callers never need to.
     *
     * @throws IllegalStateException if a parameter is out of range
     */
    @Value.Check
    protected void check() {
        BigDecimal share = minimumWorkingTimeShare();
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalStateException("minimumWorkingTimeShare must be between 0 and 1");
        }
        if (durableContractTypes().contains(ContractType.TEMPORARY_MISSION)) {
            throw new IllegalStateException(
                    "temporary missions are governed by temporaryWork, not durableContractTypes");
        }
        requireNotNegative(followUp(), "followUp");
        requireNotNegative(fixedTermThreshold(), "fixedTermThreshold");
        requireNotNegative(temporaryWorkMinimum(), "temporaryWorkMinimum");
        requirePositive(temporaryWorkWindow(), "temporaryWorkWindow");
        requirePositive(seasonalWorkWindow(), "seasonalWorkWindow");
        seasonalWorkMinimum().forEach(p -> requireNotNegative(p, "seasonalWorkMinimum"));
        longTrainingOver().forEach(p -> requireNotNegative(p, "longTrainingOver"));
        requireNotNegative(longTrainingCountsAfter(), "longTrainingCountsAfter");
        requireNotNegative(creationConsolidation(), "creationConsolidation");
    }

    private static void requireNotNegative(Period period, String name) {
        if (period.isNegative()) {
            throw new IllegalStateException(name + " cannot be negative");
        }
    }

    private static void requirePositive(Period period, String name) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalStateException(name + " must be longer than zero");
        }
    }

    /**
     * A policy built from scratch: name it, list its durable contract types and evidence.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every parameter of {@code preset}, to change only what differs: {@code
     * ExitPolicy.from(ExitPolicy.GRAND_AMIENOIS).name("amiens-cre").fixedTermBoundary(Boundary.INCLUSIVE).build()}.
     *
     * @param preset the policy to start from
     * @return the builder
     */
    public static Builder from(ExitPolicy preset) {
        Builder builder = new Builder();
        builder.from(preset);
        return builder;
    }

    /** Builds an exit policy; {@link #name()} is required. */
    public static final class Builder extends ImmutableExitPolicy.Builder {}
}
