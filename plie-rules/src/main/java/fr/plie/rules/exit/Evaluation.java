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
import java.util.stream.Stream;

/**
 * One judgement of one parcours: the engine's working state. The fast path ({@code lines == null}) records
 * nothing; the explaining path re-runs the same code and records every rule it applies.
 */
final class Evaluation {
    /** {@code Option.some(outcome)} by ordinal, so that a projected outcome allocates nothing. */
    private static final List<Option<ExitOutcome>> SOME_OUTCOME =
            Stream.of(ExitOutcome.values()).map(Option::some).toList();

    private final Parcours parcours;
    private final List<Step> steps;
    private final LocalDate asOf;
    private final long asOfDay;
    private final PolicyTerms policy;
    private final List<ExplanationLine> lines;
    /** The one positive outcome judged, or null for all ({@link ExitEngine#assessFor}). */
    private final ExitOutcome only;

    private ExitOutcome bestKind;
    private long bestDay;
    private boolean bestMet;
    /** The step whose id breaks a tie, read only when there is one. */
    private Step bestTieStep;

    private Step bestStep;
    private List<StepId> bestGroup;

    private BigDecimal lastFullTime;
    private BigDecimal lastMinimumHours;

    /** The steps whose result or registration a positive exit waits for, with what each would bring. */
    private List<Step> awaitedSteps;

    private List<AwaitedFact> awaited;

    private Intervals contracts;
    private Intervals missions;
    private Intervals seasonal;

    Evaluation(Parcours parcours, LocalDate asOf, ExitPolicy policy, boolean explain, ExitOutcome only) {
        this.only = only;
        this.parcours = parcours;
        this.steps = parcours.steps();
        this.asOf = asOf;
        this.asOfDay = asOf.toEpochDay();
        this.policy = policy.terms();
        this.lines = explain ? new ArrayList<>() : null;
    }

    List<ExplanationLine> lines() {
        return lines;
    }

    ExitAssessment run(Explanation explanation) {
        note(ExitRule.POLICY, policy.name, asOf);
        for (int i = 0, n = steps.size(); i < n; i++) {
            Step step = steps.get(i);
            StepDetail detail = step.detail();
            boolean judged =
                    detail instanceof Employment || detail instanceof Training || detail instanceof BusinessCreation;
            if (!judged && lines == null) {
                continue; // nothing to judge nor to explain: its dates need not even be read
            }
            long start = step.start().toEpochDay();
            if (start > asOfDay) {
                note(ExitRule.STEP_AFTER_AS_OF, step.id(), step.start());
                continue;
            }
            if (detail instanceof Employment employment) {
                employment(step, start, employment);
            } else if (detail instanceof Training training) {
                training(step, start, training);
            } else if (detail instanceof BusinessCreation creation) {
                creation(step, start, creation);
            }
        }
        if (contracts != null && contracts.size > 1) {
            chains(contracts, ExitRule.EMPLOYMENT_CHAIN, policy.fixedTermThreshold, policy.fixedTermBoundary, 2);
        }
        if (missions != null) {
            if (policy.temporaryWork == TemporaryWorkRule.CONSECUTIVE_MISSIONS) {
                chains(
                        missions,
                        ExitRule.TEMPORARY_CONSECUTIVE,
                        policy.temporaryWorkMinimum,
                        policy.temporaryWorkBoundary,
                        1);
            } else {
                window(
                        missions,
                        policy.temporaryWorkWindow,
                        policy.temporaryWorkNeed,
                        policy.temporaryWorkMinimum,
                        policy.temporaryWorkBoundary,
                        ExitRule.TEMPORARY_WINDOW_MET,
                        ExitRule.TEMPORARY_WINDOW_NOT_MET);
            }
        }
        if (seasonal != null) {
            window(
                    seasonal,
                    policy.seasonalWorkWindow,
                    policy.seasonalWorkNeed,
                    Days.asPeriod(policy.seasonalWorkNeed),
                    Boundary.INCLUSIVE,
                    ExitRule.SEASONAL_WINDOW_MET,
                    ExitRule.SEASONAL_WINDOW_NOT_MET);
        }
        return conclude(explanation);
    }

    // ---------------------------------------------------------------- employment

    private void employment(Step step, long start, Employment employment) {
        if (!meetsWorkingTime(step, employment)) {
            return;
        }
        ContractType type = employment.contractType();
        LocalDate hired = step.start();
        long last = projectedLast(step, employment.plannedEnd());
        if (type == ContractType.TEMPORARY_MISSION) {
            if (policy.temporaryWork == TemporaryWorkRule.NOT_COUNTED) {
                note(ExitRule.TEMPORARY_NOT_COUNTED, step.id());
            } else {
                missions = added(missions, step, start, Math.min(last, asOfDay + 1000));
            }
            return;
        }
        boolean seasonalRule = type == ContractType.SEASONAL && policy.seasonalRule;
        if (seasonalRule) {
            seasonal = added(seasonal, step, start, Math.min(last, asOfDay + 1000));
        }
        if (!policy.isDurable(type)) {
            if (!seasonalRule) {
                note(ExitRule.EMPLOYMENT_TYPE_NOT_DURABLE, step.id(), type);
            }
            return;
        }
        if (policy.consecutiveContractsAddUp) {
            contracts = added(contracts, step, start, last);
        }
        EmploymentMilestone milestone = policy.employmentCounts;
        long qualifies;
        // the last day the contract must be held (trial period, threshold, follow-up); the exit may come the next
        long mustHold;
        if (type == ContractType.CDI && milestone != EmploymentMilestone.DURATION_THRESHOLD_MET) {
            qualifies = start;
            mustHold = start;
            if (milestone == EmploymentMilestone.END_OF_TRIAL_PERIOD) {
                Option<LocalDate> trialEnd = employment.trialPeriodEnd();
                if (trialEnd.isDefined()) {
                    long trialLast = Math.max(start, trialEnd.get().toEpochDay());
                    qualifies = policy.exitAfter(trialLast);
                    mustHold = qualifies; // still held once the trial is over

                    if (lines != null) {
                        note(ExitRule.EMPLOYMENT_TRIAL_PERIOD, step.id(), date(trialLast), date(qualifies));
                    }
                } else if (employment.trialPeriodEndUnknown()) {
                    // stated rule: a trial period of unknown end is awaited, never guessed nor skipped
                    note(ExitRule.EMPLOYMENT_TRIAL_PERIOD_END_UNKNOWN, step.id());
                    await(step, AwaitedFact.Fact.TRIAL_PERIOD_END, ExitOutcome.POSITIVE_EMPLOYMENT);
                    return;
                } else {
                    note(ExitRule.EMPLOYMENT_NO_TRIAL_PERIOD, step.id());
                }
            }
        } else {
            qualifies = Days.thresholdMet(hired, start, policy.fixedTermThreshold, policy.fixedTermBoundary);
            if (lines != null) {
                note(
                        ExitRule.EMPLOYMENT_THRESHOLD,
                        step.id(),
                        type,
                        policy.fixedTermBoundary,
                        policy.fixedTermThreshold,
                        date(qualifies));
            }
            mustHold = qualifies;
        }
        mustHold = Math.max(mustHold, followUpLast(hired));
        qualifies = withFollowUp(step, hired, qualifies);
        if (mustHold > last) {
            if (lines != null) {
                note(ExitRule.EMPLOYMENT_TOO_SHORT, step.id(), date(last), date(mustHold));
            }
            return;
        }
        offer(ExitOutcome.POSITIVE_EMPLOYMENT, qualifies, step);
    }

    /** The exit day once the follow-up started at hiring is over, when the policy waits for it. */
    private long withFollowUp(Step step, LocalDate hired, long qualifies) {
        if (policy.employmentCounts != EmploymentMilestone.END_OF_FOLLOW_UP) {
            return qualifies;
        }
        long followUpLast = Days.completedOn(hired, policy.followUp);
        long exitDay = policy.exitAfter(followUpLast);
        if (lines != null) {
            note(ExitRule.EMPLOYMENT_FOLLOW_UP, step.id(), policy.followUp, date(followUpLast), date(exitDay));
        }
        return Math.max(qualifies, exitDay);
    }

    /** The last day of the follow-up started at hiring, which the job must last; none unless the policy waits. */
    private long followUpLast(LocalDate hired) {
        return policy.employmentCounts == EmploymentMilestone.END_OF_FOLLOW_UP
                ? Days.completedOn(hired, policy.followUp)
                : Long.MIN_VALUE;
    }

    private boolean meetsWorkingTime(Step step, Employment employment) {
        BigDecimal hours = employment.weeklyHours();
        BigDecimal fullTime = employment.referenceWeeklyHours();
        if (fullTime.signum() > 0 && hours.compareTo(fullTime) >= 0) {
            return true; // full time meets any share (at most 1, ExitPolicy checks it) and is not part time
        }
        BigDecimal share = policy.minimumWorkingTimeShare;
        if (policy.hasMinimumWorkingTime && hours.compareTo(minimumHours(fullTime, share)) < 0) {
            note(ExitRule.EMPLOYMENT_BELOW_WORKING_TIME, step.id(), hours, fullTime, share);
            return false;
        }
        if (policy.partTimeMustBeChosen && hours.compareTo(fullTime) < 0 && !employment.partTimeChosen()) {
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

    /** {@code intervals}, created on the first step, with {@code step} added. */
    private static Intervals added(Intervals intervals, Step step, long first, long last) {
        Intervals all = intervals == null ? new Intervals() : intervals;
        all.add(step, first, last);
        return all;
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
                long qualifies = Days.thresholdMet(chainStart, all.start[first], threshold, boundary);
                if (lines != null) {
                    note(rule, all.ids(first, end), boundary, threshold, date(qualifies));
                }
                long mustHold = Math.max(qualifies, followUpLast(chainStart));
                qualifies = withFollowUp(all.steps[first], chainStart, qualifies);
                if (mustHold > chainLast) {
                    if (lines != null) {
                        note(ExitRule.EMPLOYMENT_TOO_SHORT, all.ids(first, end), date(chainLast), date(mustHold));
                    }
                } else if (end - first == 1) {
                    offer(ExitOutcome.POSITIVE_EMPLOYMENT, qualifies, all.steps[first]);
                } else {
                    offerGroup(ExitOutcome.POSITIVE_EMPLOYMENT, qualifies, all, first, end, Long.MIN_VALUE, qualifies);
                }
            }
            first = end;
        }
    }

    /**
     * Time worked within a rolling window: missions (seed 004) or seasonal work (national guide), in any window or
     * in the one ending on the exit (or assessment) date, as the policy says.
     */
    private void window(
            Intervals all, Period window, long need, Period minimum, Boundary boundary, ExitRule met, ExitRule notMet) {
        all.sort();
        all.merge();
        RollingWindow rolling = new RollingWindow(all, window, need);
        long day;
        long shownEnd;
        WindowEnding ending;
        if (policy.windowEnd == WindowEnd.ANY_DAY) {
            day = rolling.firstDayMeeting(Long.MIN_VALUE);
            shownEnd = day;
            ending = WindowEnding.FIRST_REACHED;
        } else {
            Option<Exit> proposed = parcours.exit();
            long anchor = proposed.isDefined() ? proposed.get().date().toEpochDay() : asOfDay;
            if (rolling.meets(anchor)) {
                // not before the window's own steps began: earlier days were carried by older missions, which
                // this window does not name among the qualifying steps
                day = Math.max(rolling.metSince(anchor), all.firstStartIntersecting(rolling.start(anchor), anchor));
                shownEnd = anchor;
                ending = proposed.isDefined() ? WindowEnding.PROPOSED_EXIT_DATE : WindowEnding.ASSESSMENT_DATE;
            } else {
                day = rolling.firstDayMeeting(anchor + 1);
                shownEnd = day;
                ending = WindowEnding.REACHED_LATER;
                if (day == RollingWindow.NONE && lines != null) {
                    note(
                            notMet,
                            Days.asPeriod(rolling.workedInWindowEnding(anchor)),
                            window,
                            (proposed.isDefined() ? WindowEnding.PROPOSED_EXIT_DATE : WindowEnding.ASSESSMENT_DATE)
                                    .code(),
                            boundary,
                            minimum);
                    return;
                }
            }
        }
        if (day == RollingWindow.NONE) {
            if (lines != null) {
                note(notMet, Days.asPeriod(rolling.best()), window, WindowEnding.ANY.code(), boundary, minimum);
            }
            return;
        }
        long windowStart = rolling.start(shownEnd);
        if (lines != null) {
            note(
                    met,
                    Days.asPeriod(rolling.workedInWindowEnding(shownEnd)),
                    window,
                    date(windowStart),
                    date(shownEnd),
                    ending.code(),
                    boundary,
                    minimum,
                    all.idsIntersecting(windowStart, shownEnd));
            if (policy.employmentCounts == EmploymentMilestone.END_OF_FOLLOW_UP) {
                note(ExitRule.TEMPORARY_FOLLOW_UP_NOT_APPLIED);
            }
        }
        offerGroup(ExitOutcome.POSITIVE_EMPLOYMENT, day, all, 0, all.size, windowStart, shownEnd);
    }

    /** Which window an explanation of a rolling window shows: a number the messages' choice format reads. */
    private enum WindowEnding {
        FIRST_REACHED,
        ASSESSMENT_DATE,
        PROPOSED_EXIT_DATE,
        REACHED_LATER,
        ANY;

        Long code() {
            return (long) ordinal();
        }
    }

    // ---------------------------------------------------------------- training

    private void training(Step step, long start, Training training) {
        if (policy.trainingMustBeQualifying && !training.qualifying()) {
            note(ExitRule.TRAINING_NOT_QUALIFYING, step.id());
            return;
        }
        LocalDate entered = step.start();
        TrainingResult result = training.result();
        long resultDay =
                training.resultOn().orElse(step.end()).getOrElse(entered).toEpochDay();
        if (resultDay > asOfDay) {
            result = TrainingResult.PENDING;
        }
        long last = projectedLast(step, training.plannedEnd());
        boolean failed = result == TrainingResult.FAILED || result == TrainingResult.ABANDONED;
        if (failed) {
            last = Math.min(last, resultDay);
        }
        long qualifies;
        if (policy.trainingCounts == TrainingMilestone.AT_ENTRY) {
            qualifies = start;
            note(ExitRule.TRAINING_ENTRY, step.id(), entered);
        } else {
            qualifies = UNBOUNDED;
            if (result == TrainingResult.OBTAINED) {
                qualifies = Math.max(start, resultDay);
                if (lines != null) {
                    note(ExitRule.TRAINING_VALIDATED, step.id(), date(resultDay));
                }
            }
            long longTraining = longTrainingDay(entered, start, training);
            if (longTraining != UNBOUNDED && longTraining <= last && longTraining < qualifies) {
                qualifies = longTraining;
                if (lines != null) {
                    note(
                            ExitRule.TRAINING_LONG,
                            step.id(),
                            policy.longTrainingOver,
                            policy.longTrainingCountsAfter,
                            date(longTraining));
                }
            }
            if (qualifies == UNBOUNDED) {
                if (failed) {
                    note(ExitRule.TRAINING_FAILED, step.id(), result, date(resultDay));
                } else {
                    note(ExitRule.TRAINING_PENDING, step.id());
                    await(step, AwaitedFact.Fact.TRAINING_RESULT, ExitOutcome.POSITIVE_TRAINING);
                }
                return;
            }
        }
        if (policy.trainingFollowUpRequired) {
            long followUpEnd = Days.completedOn(entered, policy.followUp);
            long exitDay = policy.exitAfter(followUpEnd);
            if (exitDay > qualifies) {
                if (result != TrainingResult.OBTAINED && followUpEnd > last) {
                    if (lines != null) {
                        note(ExitRule.TRAINING_LEFT_BEFORE_FOLLOW_UP, step.id(), date(last), date(followUpEnd));
                    }
                    return;
                }
                qualifies = exitDay;
            }
            if (lines != null) {
                note(ExitRule.TRAINING_FOLLOW_UP, step.id(), policy.followUp, date(followUpEnd), date(exitDay));
            }
        }
        offer(ExitOutcome.POSITIVE_TRAINING, qualifies, step);
    }

    /** The day a long training counts before its validation (national guide), or UNBOUNDED if not long. */
    private long longTrainingDay(LocalDate entered, long start, Training training) {
        Period over = policy.longTrainingOver;
        Option<LocalDate> plannedEnd = training.plannedEnd();
        if (over == null || plannedEnd.isEmpty()) {
            return UNBOUNDED;
        }
        if (plannedEnd.get().toEpochDay() <= Days.completedOn(entered, over)) {
            return UNBOUNDED;
        }
        return Math.max(start, Days.completedOn(entered, policy.longTrainingCountsAfter));
    }

    // ---------------------------------------------------------------- creation

    private void creation(Step step, long start, BusinessCreation creation) {
        Option<LocalDate> registered = creation.registeredOn();
        if (registered.isEmpty() || registered.get().isAfter(asOf)) {
            note(ExitRule.CREATION_NOT_REGISTERED, step.id());
            if (step.end().isEmpty() || step.end().get().isAfter(asOf)) {
                await(step, AwaitedFact.Fact.BUSINESS_REGISTRATION, ExitOutcome.POSITIVE_CREATION);
            }
            return;
        }
        LocalDate registeredOn = registered.get();
        long qualifies = Math.max(start, registeredOn.toEpochDay());
        note(ExitRule.CREATION_REGISTERED, step.id(), registeredOn);
        if (policy.creationCounts == CreationMilestone.AFTER_ACTIVITY) {
            LocalDate activityStart = creation.activityStart().getOrElse(registeredOn);
            qualifies = Math.max(qualifies, Days.completedOn(activityStart, policy.creationConsolidation));
            if (lines != null) {
                note(ExitRule.CREATION_CONSOLIDATION, step.id(), policy.creationConsolidation, date(qualifies));
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

    /** Records a fact a positive exit waits for; it matters only when no candidate has a date. */
    private void await(Step step, AwaitedFact.Fact fact, ExitOutcome outcome) {
        if (only != null && outcome != only) {
            return;
        }
        if (awaited == null) {
            awaited = new ArrayList<>(2);
            awaitedSteps = new ArrayList<>(2);
        }
        awaited.add(new AwaitedFact(fact, step.id(), outcome));
        awaitedSteps.add(step);
    }

    /** The awaited facts in the chronological order of their steps (then by step id). */
    private List<AwaitedFact> awaitedInOrder() {
        List<Integer> order = new ArrayList<>(awaited.size());
        for (int i = 0; i < awaited.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            Step x = awaitedSteps.get(a);
            Step y = awaitedSteps.get(b);
            int byStart = x.start().compareTo(y.start());
            return byStart != 0 ? byStart : x.id().value().compareTo(y.id().value());
        });
        return order.stream().map(awaited::get).toList();
    }

    /**
     * Keeps the best candidate: met before projected, then the earliest day, then employment before training
     * before creation, then the smallest step id, so the order in which steps were recorded never matters.
     */
    private void offer(ExitOutcome kind, long day, Step single) {
        if (isBetter(kind, day, single)) {
            bestStep = single;
            bestGroup = null;
        }
    }

    /**
     * Offers the steps {@code from..to} of {@code all} (sorted) as one candidate, only those with a day between
     * {@code windowStart} and {@code windowLast} for a window; the list of ids is built only if the candidate is kept.
     */
    private void offerGroup(
            ExitOutcome kind, long day, Intervals all, int from, int to, long windowStart, long windowLast) {
        int first = from;
        while (all.last[first] < windowStart || all.start[first] > windowLast) {
            first++;
        }
        if (isBetter(kind, day, all.steps[first])) {
            bestStep = null;
            bestGroup =
                    windowStart == Long.MIN_VALUE ? all.ids(from, to) : all.idsIntersecting(windowStart, windowLast);
        }
    }

    private boolean isBetter(ExitOutcome kind, long day, Step tieStep) {
        if (only != null && kind != only) {
            return false;
        }
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
                                                || (kind == bestKind && comesFirst(tieStep, bestTieStep))))));
        if (better) {
            bestKind = kind;
            bestDay = day;
            bestMet = met;
            bestTieStep = tieStep;
        }
        return better;
    }

    /** The order of steps that breaks ties: by id, so the order in which they were recorded never matters. */
    static boolean comesFirst(Step step, Step other) {
        return step.id().value().compareTo(other.id().value()) < 0;
    }

    private ExitAssessment conclude(Explanation explanation) {
        if (bestKind == null && awaited != null) {
            List<AwaitedFact> facts = awaitedInOrder();
            List<StepId> steps = facts.stream().map(AwaitedFact::step).toList();
            note(
                    ExitRule.OUTCOME_AWAITING_FACT,
                    facts.stream().map(AwaitedFact::fact).toList(),
                    steps);
            return new ExitAssessment(
                    ExitOutcome.AWAITING_FACT,
                    Option.none(),
                    steps,
                    Option.none(),
                    List.of(),
                    facts,
                    asOf,
                    policy.name,
                    explanation);
        }
        if (bestKind == null) {
            note(ExitRule.OUTCOME_NOT_POSITIVE);
            return new ExitAssessment(
                    ExitOutcome.NOT_POSITIVE,
                    Option.none(),
                    List.of(),
                    Option.none(),
                    List.of(),
                    List.of(),
                    asOf,
                    policy.name,
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
                bestMet ? Option.none() : SOME_OUTCOME.get(bestKind.ordinal()),
                qualifying,
                Option.some(day),
                missingEvidence(policy.evidenceFor(bestKind), proposed),
                List.of(),
                asOf,
                policy.name,
                explanation);
    }

    /** The requirements the proposed exit's documents, known at {@code asOf}, do not meet at its date. */
    private List<EvidenceRequirement> missingEvidence(List<EvidenceRequirement> required, Option<Exit> proposed) {
        if (proposed.isEmpty()) {
            if (lines != null && !required.isEmpty()) {
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

    private void note(ExitRule rule, Object... args) {
        if (lines != null) {
            lines.add(new ExplanationLine(rule.key(), List.of(args)));
        }
    }
}
