package fr.plie.rules.exit;

import static fr.plie.rules.exit.Days.UNBOUNDED;
import static fr.plie.rules.exit.Days.date;

import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.Exit;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.BusinessCreation;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * One judgement of one parcours: the engine's working state. The fast path ({@code lines == null}) records
 * nothing; the explaining path re-runs the same code and records every rule it applies.
 */
final class Evaluation {
    private final Parcours parcours;
    private final List<Step> steps;
    private final LocalDate asOf;
    private final long asOfDay;
    private final ExitPolicy policy;
    private final List<ExplanationLine> lines;

    private ExitOutcome bestKind;
    private long bestDay;
    private boolean bestMet;
    private String bestTieKey;
    private Step bestStep;
    private List<StepId> bestGroup;

    private BigDecimal lastFullTime;
    private BigDecimal lastMinimumHours;

    private Intervals contracts;
    private Intervals missions;
    private Intervals seasonal;

    Evaluation(Parcours parcours, LocalDate asOf, ExitPolicy policy, boolean explain) {
        this.parcours = parcours;
        this.steps = parcours.steps();
        this.asOf = asOf;
        this.asOfDay = asOf.toEpochDay();
        this.policy = policy;
        this.lines = explain ? new ArrayList<>() : null;
    }

    List<ExplanationLine> lines() {
        return lines;
    }

    ExitAssessment run(Explanation explanation) {
        note(ExitRule.POLICY, policy.name(), asOf);
        int jobs = 0;
        for (int i = 0, n = steps.size(); i < n; i++) {
            jobs += steps.get(i).detail() instanceof Employment ? 1 : 0;
        }
        for (int i = 0, n = steps.size(); i < n; i++) {
            Step step = steps.get(i);
            if (step.start().isAfter(asOf)) {
                note(ExitRule.STEP_AFTER_AS_OF, step.id(), step.start());
                continue;
            }
            StepDetail detail = step.detail();
            if (detail instanceof Employment employment) {
                employment(step, employment, jobs);
            } else if (detail instanceof Training training) {
                training(step, training);
            } else if (detail instanceof BusinessCreation creation) {
                creation(step, creation);
            }
        }
        if (contracts != null && contracts.size > 1) {
            chains(contracts, ExitRule.EMPLOYMENT_CHAIN, policy.fixedTermThreshold(), policy.fixedTermBoundary(), 2);
        }
        if (missions != null) {
            if (policy.temporaryWork() == TemporaryWorkRule.CONSECUTIVE_MISSIONS) {
                chains(
                        missions,
                        ExitRule.TEMPORARY_CONSECUTIVE,
                        policy.temporaryWorkMinimum(),
                        policy.temporaryWorkBoundary(),
                        1);
            } else {
                window(
                        missions,
                        policy.temporaryWorkWindow(),
                        Days.required(policy.temporaryWorkMinimum(), policy.temporaryWorkBoundary()),
                        ExitRule.TEMPORARY_WINDOW_MET,
                        ExitRule.TEMPORARY_WINDOW_NOT_MET);
            }
        }
        if (seasonal != null) {
            window(
                    seasonal,
                    policy.seasonalWorkWindow(),
                    Days.required(policy.seasonalWorkMinimum().get(), Boundary.INCLUSIVE),
                    ExitRule.SEASONAL_WINDOW_MET,
                    ExitRule.SEASONAL_WINDOW_NOT_MET);
        }
        return conclude(explanation);
    }

    // ---------------------------------------------------------------- employment

    private void employment(Step step, Employment employment, int stepCount) {
        if (!meetsWorkingTime(step, employment)) {
            return;
        }
        ContractType type = employment.contractType();
        long start = step.start().toEpochDay();
        long last = projectedLast(step, employment.plannedEnd());
        if (type == ContractType.TEMPORARY_MISSION) {
            if (policy.temporaryWork() == TemporaryWorkRule.NOT_COUNTED) {
                note(ExitRule.TEMPORARY_NOT_COUNTED, step.id());
            } else {
                missions = Intervals.add(missions, stepCount, step, start, Math.min(last, asOfDay + 1000));
            }
            return;
        }
        boolean seasonalRule =
                type == ContractType.SEASONAL && policy.seasonalWorkMinimum().isDefined();
        if (seasonalRule) {
            seasonal = Intervals.add(seasonal, stepCount, step, start, Math.min(last, asOfDay + 1000));
        }
        if (!policy.durableContractTypes().contains(type)) {
            if (!seasonalRule) {
                note(ExitRule.EMPLOYMENT_TYPE_NOT_DURABLE, step.id(), type);
            }
            return;
        }
        if (policy.consecutiveContractsAddUp()) {
            contracts = Intervals.add(contracts, stepCount, step, start, last);
        }
        EmploymentMilestone milestone = policy.employmentCounts();
        long qualifies;
        if (type == ContractType.CDI && milestone != EmploymentMilestone.DURATION_THRESHOLD_MET) {
            if (milestone == EmploymentMilestone.END_OF_TRIAL_PERIOD) {
                Option<LocalDate> trialEnd = employment.trialPeriodEnd();
                qualifies =
                        trialEnd.isDefined() ? Math.max(start, trialEnd.get().toEpochDay()) : start;
                if (trialEnd.isDefined()) {
                    note(ExitRule.EMPLOYMENT_TRIAL_PERIOD, step.id(), trialEnd.get());
                } else {
                    note(ExitRule.EMPLOYMENT_NO_TRIAL_PERIOD, step.id());
                }
            } else {
                qualifies = start;
            }
        } else {
            qualifies = Days.thresholdMet(step.start(), policy.fixedTermThreshold(), policy.fixedTermBoundary());
            if (lines != null) {
                note(
                        ExitRule.EMPLOYMENT_THRESHOLD,
                        step.id(),
                        type,
                        policy.fixedTermBoundary(),
                        policy.fixedTermThreshold(),
                        date(qualifies));
            }
        }
        qualifies = withFollowUp(step.id(), step.start(), qualifies);
        if (qualifies > last) {
            if (lines != null) {
                note(ExitRule.EMPLOYMENT_TOO_SHORT, step.id(), date(last), date(qualifies));
            }
            return;
        }
        offer(ExitOutcome.POSITIVE_EMPLOYMENT, qualifies, step);
    }

    private long withFollowUp(StepId id, LocalDate hired, long qualifies) {
        if (policy.employmentCounts() != EmploymentMilestone.END_OF_FOLLOW_UP) {
            return qualifies;
        }
        long followUpEnd = Days.completedOn(hired, policy.followUp());
        if (lines != null) {
            note(ExitRule.EMPLOYMENT_FOLLOW_UP, id, policy.followUp(), date(followUpEnd));
        }
        return Math.max(qualifies, followUpEnd);
    }

    private boolean meetsWorkingTime(Step step, Employment employment) {
        BigDecimal share = policy.minimumWorkingTimeShare();
        BigDecimal hours = employment.weeklyHours();
        BigDecimal fullTime = employment.referenceWeeklyHours();
        if (share.signum() > 0 && hours.compareTo(minimumHours(fullTime, share)) < 0) {
            note(ExitRule.EMPLOYMENT_BELOW_WORKING_TIME, step.id(), hours, fullTime, share);
            return false;
        }
        if (policy.partTimeMustBeChosen() && hours.compareTo(fullTime) < 0 && !employment.partTimeChosen()) {
            note(ExitRule.EMPLOYMENT_PART_TIME_NOT_CHOSEN, step.id(), hours, fullTime);
            return false;
        }
        return true;
    }

    /** The minimum weekly hours for a full time; most jobs share one full time, so it is computed once. */
    private BigDecimal minimumHours(BigDecimal fullTime, BigDecimal share) {
        if (fullTime != lastFullTime) {
            lastFullTime = fullTime;
            lastMinimumHours = fullTime.multiply(share);
        }
        return lastMinimumHours;
    }

    /**
     * The last day the step covers: its recorded end, else its planned end (a fixed-term contract or training
     * still open after its planned end is taken to have ended then, so a later assessment with no new fact
     * agrees with this one), else no end in sight. Up to {@code asOf} this is what is known; beyond, a projection.
     */
    private static long projectedLast(Step step, Option<LocalDate> plannedEnd) {
        if (step.end().isDefined()) {
            return step.end().get().toEpochDay();
        }
        return plannedEnd.isDefined() ? plannedEnd.get().toEpochDay() : UNBOUNDED;
    }

    /** Contracts (or missions) following one another without a day's gap, judged as one from the first start. */
    private void chains(Intervals all, ExitRule rule, Period threshold, Boundary boundary, int minimumLinks) {
        all.sort();
        int first = 0;
        while (first < all.size) {
            long chainLast = all.last[first];
            int end = first + 1;
            while (end < all.size && all.start[end] <= chainLast + 1) {
                chainLast = Math.max(chainLast, all.last[end]);
                end++;
            }
            if (end - first >= minimumLinks) {
                LocalDate chainStart = all.steps[first].start();
                long qualifies = Days.thresholdMet(chainStart, threshold, boundary);
                if (lines != null) {
                    note(rule, all.ids(first, end), boundary, threshold, date(qualifies));
                }
                qualifies = withFollowUp(all.steps[first].id(), chainStart, qualifies);
                if (qualifies > chainLast) {
                    if (lines != null) {
                        note(ExitRule.EMPLOYMENT_TOO_SHORT, all.ids(first, end), date(chainLast), date(qualifies));
                    }
                } else if (end - first == 1) {
                    offer(ExitOutcome.POSITIVE_EMPLOYMENT, qualifies, all.steps[first]);
                } else {
                    offerGroup(ExitOutcome.POSITIVE_EMPLOYMENT, qualifies, all, first, end, Long.MIN_VALUE);
                }
            }
            first = end;
        }
    }

    /** Days worked within a rolling window: missions (seed 004) or seasonal work (national guide). */
    private void window(Intervals all, Period window, long need, ExitRule met, ExitRule notMet) {
        all.sort();
        long length = Days.windowDays(window);
        Intervals.Runs runs = all.merged();
        long day = RollingWindow.firstDayMeeting(runs.start(), runs.last(), runs.count(), length, need);
        if (day == RollingWindow.NONE) {
            if (lines != null) {
                long best = RollingWindow.best(runs.start(), runs.last(), runs.count(), length);
                note(notMet, best, need, window);
            }
            return;
        }
        long windowStart = day - length + 1;
        if (lines != null) {
            note(met, need, window, date(day), all.idsIntersecting(windowStart, day));
            if (policy.employmentCounts() == EmploymentMilestone.END_OF_FOLLOW_UP) {
                note(ExitRule.TEMPORARY_FOLLOW_UP_NOT_APPLIED);
            }
        }
        offerGroup(ExitOutcome.POSITIVE_EMPLOYMENT, day, all, 0, all.size, windowStart);
    }

    // ---------------------------------------------------------------- training

    private void training(Step step, Training training) {
        if (policy.trainingMustBeQualifying() && !training.qualifying()) {
            note(ExitRule.TRAINING_NOT_QUALIFYING, step.id());
            return;
        }
        long start = step.start().toEpochDay();
        TrainingResult result = training.result();
        long resultDay =
                training.resultOn().orElse(step.end()).getOrElse(step.start()).toEpochDay();
        if (resultDay > asOfDay) {
            result = TrainingResult.PENDING;
        }
        long last = projectedLast(step, training.plannedEnd());
        boolean failed = result == TrainingResult.FAILED || result == TrainingResult.ABANDONED;
        if (failed) {
            last = Math.min(last, resultDay);
        }
        long qualifies;
        if (policy.trainingCounts() == TrainingMilestone.AT_ENTRY) {
            qualifies = start;
            note(ExitRule.TRAINING_ENTRY, step.id(), step.start());
        } else {
            qualifies = UNBOUNDED;
            if (result == TrainingResult.OBTAINED) {
                qualifies = Math.max(start, resultDay);
                if (lines != null) {
                    note(ExitRule.TRAINING_VALIDATED, step.id(), date(resultDay));
                }
            }
            long longTraining = longTrainingDay(step, training);
            if (longTraining != UNBOUNDED && longTraining <= last && longTraining < qualifies) {
                qualifies = longTraining;
                if (lines != null) {
                    note(
                            ExitRule.TRAINING_LONG,
                            step.id(),
                            policy.longTrainingOver().get(),
                            policy.longTrainingCountsAfter(),
                            date(longTraining));
                }
            }
            if (qualifies == UNBOUNDED) {
                if (failed) {
                    note(ExitRule.TRAINING_FAILED, step.id(), result, date(resultDay));
                } else {
                    note(ExitRule.TRAINING_PENDING, step.id());
                }
                return;
            }
        }
        if (policy.trainingFollowUpRequired()) {
            long followUpEnd = Days.completedOn(step.start(), policy.followUp());
            if (followUpEnd > qualifies) {
                if (result != TrainingResult.OBTAINED && followUpEnd > last) {
                    if (lines != null) {
                        note(ExitRule.TRAINING_LEFT_BEFORE_FOLLOW_UP, step.id(), date(last), date(followUpEnd));
                    }
                    return;
                }
                qualifies = followUpEnd;
            }
            if (lines != null) {
                note(ExitRule.TRAINING_FOLLOW_UP, step.id(), policy.followUp(), date(followUpEnd));
            }
        }
        offer(ExitOutcome.POSITIVE_TRAINING, qualifies, step);
    }

    /** The day a long training counts before its validation (national guide), or UNBOUNDED if not long. */
    private long longTrainingDay(Step step, Training training) {
        Option<Period> over = policy.longTrainingOver();
        if (over.isEmpty() || training.plannedEnd().isEmpty()) {
            return UNBOUNDED;
        }
        long plannedEnd = training.plannedEnd().get().toEpochDay();
        if (plannedEnd <= Days.completedOn(step.start(), over.get())) {
            return UNBOUNDED;
        }
        return Math.max(step.start().toEpochDay(), Days.completedOn(step.start(), policy.longTrainingCountsAfter()));
    }

    // ---------------------------------------------------------------- creation

    private void creation(Step step, BusinessCreation creation) {
        Option<LocalDate> registered = creation.registeredOn();
        if (registered.isEmpty() || registered.get().isAfter(asOf)) {
            note(ExitRule.CREATION_NOT_REGISTERED, step.id());
            return;
        }
        LocalDate registeredOn = registered.get();
        long qualifies = Math.max(step.start().toEpochDay(), registeredOn.toEpochDay());
        note(ExitRule.CREATION_REGISTERED, step.id(), registeredOn);
        if (policy.creationCounts() == CreationMilestone.AFTER_ACTIVITY) {
            LocalDate activityStart = creation.activityStart().getOrElse(registeredOn);
            qualifies = Math.max(qualifies, Days.completedOn(activityStart, policy.creationConsolidation()));
            if (lines != null) {
                note(ExitRule.CREATION_CONSOLIDATION, step.id(), policy.creationConsolidation(), date(qualifies));
            }
        }
        long last = step.end().isDefined() ? step.end().get().toEpochDay() : UNBOUNDED;
        if (qualifies > last) {
            note(ExitRule.CREATION_CEASED, step.id(), step.end().get());
            return;
        }
        offer(ExitOutcome.POSITIVE_CREATION, qualifies, step);
    }

    // ---------------------------------------------------------------- choosing and concluding

    /**
     * Keeps the best candidate: met before projected, then the earliest day, then employment before training
     * before creation, then the smallest step id, so the order in which steps were recorded never matters.
     */
    private void offer(ExitOutcome kind, long day, Step single) {
        if (isBetter(kind, day, single.id().value())) {
            bestStep = single;
            bestGroup = null;
        }
    }

    /**
     * Offers the steps {@code from..to} of {@code all} (sorted) as one candidate, only those with a day on or after
     * {@code windowStart} for a window; the list of ids is built only if the candidate is kept.
     */
    private void offerGroup(ExitOutcome kind, long day, Intervals all, int from, int to, long windowStart) {
        int first = from;
        while (all.last[first] < windowStart || all.start[first] > day) {
            first++;
        }
        if (isBetter(kind, day, all.steps[first].id().value())) {
            bestStep = null;
            bestGroup = windowStart == Long.MIN_VALUE ? all.ids(from, to) : all.idsIntersecting(windowStart, day);
        }
    }

    private boolean isBetter(ExitOutcome kind, long day, String tieKey) {
        boolean met = day <= asOfDay;
        if (lines != null) {
            note(met ? ExitRule.CANDIDATE_MET : ExitRule.CANDIDATE_PROJECTED, kind, date(day));
        }
        boolean better = bestKind == null
                || (met && !bestMet)
                || (met == bestMet
                        && (day < bestDay
                                || (day == bestDay
                                        && (kind.ordinal() < bestKind.ordinal()
                                                || (kind == bestKind && tieKey.compareTo(bestTieKey) < 0)))));
        if (better) {
            bestKind = kind;
            bestDay = day;
            bestMet = met;
            bestTieKey = tieKey;
        }
        return better;
    }

    private ExitAssessment conclude(Explanation explanation) {
        if (bestKind == null) {
            note(ExitRule.OUTCOME_NOT_POSITIVE);
            return new ExitAssessment(
                    ExitOutcome.NOT_POSITIVE,
                    Option.none(),
                    List.of(),
                    Option.none(),
                    List.of(),
                    asOf,
                    policy.name(),
                    explanation);
        }
        LocalDate day = date(bestDay);
        List<StepId> qualifying = bestGroup != null ? bestGroup : List.of(bestStep.id());
        if (bestMet) {
            note(ExitRule.OUTCOME_POSITIVE, bestKind, day, qualifying);
        } else {
            note(ExitRule.OUTCOME_NOT_YET, bestKind, day, qualifying);
        }
        Option<Exit> proposed = parcours.exit();
        if (proposed.isDefined() && proposed.get().date().isBefore(day)) {
            note(ExitRule.EXIT_PROPOSED_TOO_EARLY, proposed.get().date(), day);
        }
        return new ExitAssessment(
                bestMet ? bestKind : ExitOutcome.NOT_YET,
                bestMet ? Option.none() : Option.some(bestKind),
                qualifying,
                Option.some(day),
                missingEvidence(policy.evidenceFor(bestKind), proposed),
                asOf,
                policy.name(),
                explanation);
    }

    /** The requirements the proposed exit's documents, known at {@code asOf}, do not meet at its date. */
    private List<EvidenceRequirement> missingEvidence(List<EvidenceRequirement> required, Option<Exit> proposed) {
        if (proposed.isEmpty()) {
            if (!required.isEmpty()) {
                note(ExitRule.EVIDENCE_NO_EXIT_PROPOSED, required.size());
            }
            return required;
        }
        Exit exit = proposed.get();
        List<EvidenceRequirement> missing = null;
        for (int r = 0; r < required.size(); r++) {
            EvidenceRequirement requirement = required.get(r);
            Evidence found = null;
            for (Evidence evidence : exit.evidence()) {
                if (!evidence.issuedOn().isAfter(asOf) && requirement.isMetBy(evidence, exit.date())) {
                    found = evidence;
                    break;
                }
            }
            if (found != null) {
                note(ExitRule.EVIDENCE_MET, found.kind(), found.issuedOn(), exit.date());
            } else {
                if (missing == null) {
                    missing = new ArrayList<>(required.size() - r);
                }
                missing.add(requirement);
                if (lines != null) {
                    note(
                            ExitRule.EVIDENCE_MISSING,
                            requirement.anyOf(),
                            requirement.maximumAge().getOrElse(Period.ZERO),
                            exit.date(),
                            requirement.maximumAge().isDefined() ? 1 : 0);
                }
            }
        }
        return missing == null ? List.of() : List.copyOf(missing);
    }

    // ---------------------------------------------------------------- explanation

    private void note(ExitRule rule) {
        if (lines != null) {
            lines.add(new ExplanationLine(rule.key(), List.of()));
        }
    }

    private void note(ExitRule rule, Object a) {
        if (lines != null) {
            lines.add(new ExplanationLine(rule.key(), List.of(a)));
        }
    }

    private void note(ExitRule rule, Object a, Object b) {
        if (lines != null) {
            lines.add(new ExplanationLine(rule.key(), List.of(a, b)));
        }
    }

    private void note(ExitRule rule, Object a, Object b, Object c) {
        if (lines != null) {
            lines.add(new ExplanationLine(rule.key(), List.of(a, b, c)));
        }
    }

    private void note(ExitRule rule, Object a, Object b, Object c, Object d) {
        if (lines != null) {
            lines.add(new ExplanationLine(rule.key(), List.of(a, b, c, d)));
        }
    }

    private void note(ExitRule rule, Object a, Object b, Object c, Object d, Object e) {
        if (lines != null) {
            lines.add(new ExplanationLine(rule.key(), List.of(a, b, c, d, e)));
        }
    }
}
