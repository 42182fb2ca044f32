package fr.plie.rules.alert;

import fr.plie.core.admission.Referent;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.step.Employer;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.Step;
import fr.plie.core.step.Training;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Raises the alerts of a parcours or of the referents' caseloads on a date, as an {@link AlertPolicy} asks.
 * Pure: nothing is read from the wall clock, the same inputs always give the same alerts.
 *
 * <p>Thread-safe: static and pure.
 */
public final class Alerts {
    /** The days within which an exit is to be recorded after the last activity or the follow-up's end. */
    public static final int EXIT_RECORDING_DAYS = 30;

    /**
     * The days given to collect the situation six months after exit, counted from that day: the Commission's
     * four weeks, as {@code EsfDeadlines.DEFAULT} of plie-reporting.
     */
    public static final int SIX_MONTH_SITUATION_GRACE_DAYS = 28;

    private Alerts() {}

    /**
     * The alerts of {@code parcours} on {@code asOf}, without the exit alerts (no exit rules are given). A
     * parcours raises the parcours alerts only while in progress (entered on or before {@code asOf} and not exited
     * by then), and once exited the ESF+ follow-up six months after the exit, nothing being known of it.
     *
     * @param parcours the parcours
     * @param asOf the day of the check
     * @param policy the thresholds and the kinds enabled
     * @return the alerts
     */
    public static List<Alert> forParcours(Parcours parcours, LocalDate asOf, AlertPolicy policy) {
        return forParcours(parcours, asOf, policy, ExitReadiness.unknown());
    }

    /**
     * The alerts of {@code parcours} on {@code asOf}, nothing being known of the situations six months after exit
     * ({@link SixMonthSituation#notRecorded()}): see {@link #forParcours(Parcours, LocalDate, AlertPolicy,
     * ExitReadiness, SixMonthSituation)}.
     *
     * @param parcours the parcours
     * @param asOf the day of the check
     * @param policy the thresholds and the kinds enabled
     * @param readiness what the exit rules say of the parcours
     * @return the alerts
     */
    public static List<Alert> forParcours(
            Parcours parcours, LocalDate asOf, AlertPolicy policy, ExitReadiness readiness) {
        return forParcours(parcours, asOf, policy, readiness, SixMonthSituation.notRecorded());
    }

    /**
     * The alerts of {@code parcours} on {@code asOf}. While it is in progress: idle periods (past and ongoing)
     * longer than the threshold, overdue follow-up contact, contracts and trainings ending soon, immersions, then
     * the exit alerts that {@code readiness} makes possible. Once exited: the ESF+ situation six months after the
     * exit, due then overdue while {@code situation} does not know it (see {@link #sixMonthsAfterExit(Parcours,
     * LocalDate, AlertPolicy, SixMonthSituation)}). Ordered by kind, then by date.
     *
     * @param parcours the parcours
     * @param asOf the day of the check
     * @param policy the thresholds and the kinds enabled
     * @param readiness what the exit rules say of the parcours
     * @param situation what is known of the situation six months after the exit
     * @return the alerts
     */
    public static List<Alert> forParcours(
            Parcours parcours,
            LocalDate asOf,
            AlertPolicy policy,
            ExitReadiness readiness,
            SixMonthSituation situation) {
        List<Alert> alerts = new ArrayList<>();
        if (!inProgress(parcours, asOf)) {
            return parcours.exitDate().exists(exit -> !exit.isAfter(asOf))
                    ? sixMonthsAfterExit(parcours, asOf, policy, situation)
                    : alerts;
        }
        if (policy.isEnabled(AlertKind.IDLE_PERIOD)) {
            idlePeriods(parcours, asOf, policy, alerts);
        }
        if (policy.isEnabled(AlertKind.FOLLOW_UP_CONTACT_OVERDUE)) {
            followUpContacts(parcours, asOf, policy, alerts);
        }
        if (policy.isEnabled(AlertKind.ENDING_SOON)) {
            endingSoon(parcours, asOf, policy, alerts);
        }
        if (policy.isEnabled(AlertKind.IMMERSION_TOO_LONG) || policy.isEnabled(AlertKind.IMMERSION_RENEWED_TOO_OFTEN)) {
            immersions(parcours, asOf, policy, alerts);
        }
        boolean exitAlerts =
                policy.isEnabled(AlertKind.EXIT_NOT_PROPOSED) || policy.isEnabled(AlertKind.EVIDENCE_MISSING);
        if (exitAlerts || policy.isEnabled(AlertKind.EXIT_NOT_RECORDED)) {
            Readiness ready = readiness.check(parcours, asOf);
            if (exitAlerts) {
                exit(parcours, asOf, policy, ready, alerts);
            }
            if (policy.isEnabled(AlertKind.EXIT_NOT_RECORDED)) {
                exitNotRecorded(parcours, asOf, ready, alerts);
            }
        }
        return alerts;
    }

    /**
     * The ESF+ follow-up of an exited parcours on {@code asOf}: the situation six months after the validated exit
     * (EECR05 employed, EECR06 improved situation) is due from the day six months after the exit
     * ({@code exit.plusMonths(6)}, a month end when the day does not exist) for
     * {@link #SIX_MONTH_SITUATION_GRACE_DAYS} days ({@link AlertKind#SIX_MONTH_SITUATION_DUE}), then overdue
     * ({@link AlertKind#SIX_MONTH_SITUATION_OVERDUE}), until {@code record} answers both questions (an answer
     * "unknown" or "unreachable" counts: the team tried) or the situation can no longer be collected (after
     * {@link #collectableUntil(LocalDate, AlertPolicy)}). None for a parcours not exited by {@code asOf} or
     * exited by death.
     *
     * @param record the participant's ESF+ answers for the operation, if any
     * @param parcours the exited parcours
     * @param asOf the day of the check
     * @param policy the kinds enabled
     * @return the alerts, empty when the follow-up is recorded or not due
     */
    public static List<Alert> sixMonthsAfterExit(
            Parcours parcours, Option<EsfRecord> record, LocalDate asOf, AlertPolicy policy) {
        return sixMonthsAfterExit(parcours, asOf, policy, SixMonthSituation.entered(p -> record));
    }

    /**
     * The same, the situation being known when {@code situation} says so (asked only from the day six months
     * after the exit).
     *
     * @param parcours the exited parcours
     * @param asOf the day of the check
     * @param policy the kinds enabled
     * @param situation what is known of the situation six months after the exit
     * @return the alerts, empty when the follow-up is known or not due
     */
    public static List<Alert> sixMonthsAfterExit(
            Parcours parcours, LocalDate asOf, AlertPolicy policy, SixMonthSituation situation) {
        List<Alert> alerts = new ArrayList<>();
        Option<LocalDate> exitDate = parcours.exitDate();
        boolean death = parcours.exit().exists(e -> e.category() == ExitCategory.DEATH);
        if (exitDate.isEmpty() || exitDate.get().isAfter(asOf) || death) {
            return alerts;
        }
        LocalDate due = exitDate.get().plusMonths(6);
        LocalDate deadline = due.plusDays(SIX_MONTH_SITUATION_GRACE_DAYS);
        if (asOf.isBefore(due) || asOf.isAfter(collectableUntil(exitDate.get(), policy))) {
            return alerts;
        }
        AlertKind kind =
                asOf.isAfter(deadline) ? AlertKind.SIX_MONTH_SITUATION_OVERDUE : AlertKind.SIX_MONTH_SITUATION_DUE;
        if (policy.isEnabled(kind) && !situation.known(parcours, asOf)) {
            alerts.add(
                    kind == AlertKind.SIX_MONTH_SITUATION_DUE
                            ? Alert.onParcours(
                                    kind,
                                    parcours.id(),
                                    Option.none(),
                                    due,
                                    Option.some(deadline),
                                    "alert.six-month-situation.due",
                                    exitDate.get(),
                                    due,
                                    deadline)
                            : Alert.onParcours(
                                    kind,
                                    parcours.id(),
                                    Option.none(),
                                    deadline.plusDays(1),
                                    Option.some(collectableUntil(exitDate.get(), policy)),
                                    "alert.six-month-situation.overdue",
                                    exitDate.get(),
                                    deadline,
                                    ChronoUnit.DAYS.between(deadline, asOf)));
        }
        return alerts;
    }

    /**
     * The last day the situation six months after {@code exit} can be collected under {@code policy}: the exit
     * plus {@link AlertPolicy#sixMonthSituationCollectable()} (twelve months by default); its alerts stop the day
     * after.
     *
     * @param exit the day of the exit
     * @param policy the alert policy
     * @return the last day of the six-month alerts
     */
    public static LocalDate collectableUntil(LocalDate exit, AlertPolicy policy) {
        return exit.plus(policy.sixMonthSituationCollectable());
    }

    /**
     * The referents following more participants on {@code asOf} than their capacity, the policy's caseload per
     * FTE times their FTE (seed 004: 90 for a full-time referent; a caseload equal to the capacity is not over
     * it). A participant counts for the referent following their parcours on {@code asOf}, while the parcours is
     * in progress; parcours followed by a referent missing from {@code referents} are not counted.
     *
     * @param referents the referents with their FTE
     * @param parcours the parcours they follow
     * @param asOf the day of the check
     * @param policy the caseload per FTE
     * @return one alert per referent over capacity
     */
    public static List<Alert> forCaseload(
            Collection<Referent> referents, Collection<Parcours> parcours, LocalDate asOf, AlertPolicy policy) {
        List<Alert> alerts = new ArrayList<>();
        if (!policy.isEnabled(AlertKind.CASELOAD_OVER_CAPACITY)) {
            return alerts;
        }
        Map<ReferentId, Integer> caseloads = new HashMap<>();
        for (Parcours p : parcours) {
            if (inProgress(p, asOf)) {
                p.referentOn(asOf).forEach(r -> caseloads.merge(r, 1, Integer::sum));
            }
        }
        for (Referent referent : referents) {
            int caseload = caseloads.getOrDefault(referent.id(), 0);
            BigDecimal capacity =
                    policy.caseloadPerFte().multiply(referent.fte()).stripTrailingZeros();
            if (BigDecimal.valueOf(caseload).compareTo(capacity) > 0) {
                AlertKind kind = AlertKind.CASELOAD_OVER_CAPACITY;
                alerts.add(new Alert(
                        kind,
                        kind.severity(),
                        Option.none(),
                        Option.none(),
                        Option.some(referent.id()),
                        asOf,
                        Option.none(),
                        "alert.caseload-over-capacity",
                        List.of(referent.id().value(), caseload, capacity, referent.fte(), policy.caseloadPerFte())));
            }
        }
        return alerts;
    }

    /** Entered on or before {@code asOf}, and neither refused nor exited by then. */
    static boolean inProgress(Parcours parcours, LocalDate asOf) {
        return parcours.status() != ParcoursStatus.REFUSED
                && parcours.entryDate().exists(entry -> !entry.isAfter(asOf))
                && parcours.exitDate().forAll(exit -> exit.isAfter(asOf));
    }

    private static void idlePeriods(Parcours parcours, LocalDate asOf, AlertPolicy policy, List<Alert> alerts) {
        for (IdlePeriods.Gap gap : IdlePeriods.between(parcours.entryDate().get(), asOf, parcours.steps())) {
            if (gap.days() <= policy.maxIdleDays()) {
                continue;
            }
            if (gap.ongoing()) {
                alerts.add(Alert.onParcours(
                        AlertKind.IDLE_PERIOD,
                        parcours.id(),
                        Option.none(),
                        gap.first(),
                        Option.none(),
                        "alert.idle-period.ongoing",
                        gap.first(),
                        gap.days(),
                        policy.maxIdleDays()));
            } else {
                // A past gap is a matter of record for the quality of the follow-up, not an emergency.
                alerts.add(new Alert(
                        AlertKind.IDLE_PERIOD,
                        AlertSeverity.INFO,
                        Option.some(parcours.id()),
                        Option.none(),
                        Option.none(),
                        gap.first(),
                        Option.some(gap.last()),
                        "alert.idle-period.past",
                        List.of(gap.first(), gap.last(), gap.days(), policy.maxIdleDays())));
            }
        }
    }

    private static void followUpContacts(Parcours parcours, LocalDate asOf, AlertPolicy policy, List<Alert> alerts) {
        for (Step step : parcours.steps()) {
            Option<Employment> contract =
                    step.employment().filter(e -> policy.followedContracts().contains(e.contractType()));
            if (contract.isEmpty() || !step.isOngoingOn(asOf)) {
                continue;
            }
            Option<LocalDate> lastContact = Option.ofOptional(parcours.interviews().stream()
                    .map(Interview::date)
                    .filter(d -> !d.isBefore(step.start()) && !d.isAfter(asOf))
                    .max(LocalDate::compareTo));
            LocalDate reference = lastContact.getOrElse(step.start());
            LocalDate due = reference.plus(policy.followUpContactInterval());
            if (asOf.isAfter(due)) {
                alerts.add(Alert.onParcours(
                        AlertKind.FOLLOW_UP_CONTACT_OVERDUE,
                        parcours.id(),
                        Option.some(step.id()),
                        due,
                        Option.none(),
                        lastContact.isDefined() ? "alert.follow-up-contact.overdue" : "alert.follow-up-contact.none",
                        contract.get().contractType(),
                        reference,
                        due));
            }
        }
    }

    private static void endingSoon(Parcours parcours, LocalDate asOf, AlertPolicy policy, List<Alert> alerts) {
        for (Step step : parcours.steps()) {
            if (!step.isOngoingOn(asOf)) {
                continue;
            }
            Option<LocalDate> end = step.end()
                    .orElse(() -> step.employment()
                            .flatMap(Employment::plannedEnd)
                            .orElse(() -> step.training().flatMap(Training::plannedEnd)));
            if (end.isEmpty() || end.get().isBefore(asOf)) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(asOf, end.get());
            if (daysLeft > policy.endingWithinDays()) {
                continue;
            }
            LocalDate from = end.get().minusDays(policy.endingWithinDays());
            if (step.employment().isDefined()) {
                alerts.add(Alert.onParcours(
                        AlertKind.ENDING_SOON,
                        parcours.id(),
                        Option.some(step.id()),
                        from,
                        end,
                        "alert.ending-soon.contract",
                        step.employment().get().contractType(),
                        end.get(),
                        daysLeft));
            } else if (step.training().isDefined()) {
                alerts.add(Alert.onParcours(
                        AlertKind.ENDING_SOON,
                        parcours.id(),
                        Option.some(step.id()),
                        from,
                        end,
                        "alert.ending-soon.training",
                        end.get(),
                        daysLeft));
            }
        }
    }

    /**
     * The exit is due {@link #EXIT_RECORDING_DAYS} days after the last activity (the last day of a step or an
     * interview, nothing going on since) or after the follow-up's end (a positive exit possible since then),
     * whichever comes first; alerted the day after that deadline while no exit is recorded.
     */
    private static void exitNotRecorded(Parcours parcours, LocalDate asOf, Readiness readiness, List<Alert> alerts) {
        if (parcours.exit().isDefined()) {
            return;
        }
        Option<LocalDate> lastActivity = lastActivity(parcours, asOf);
        Option<LocalDate> followUpEnd =
                readiness.positiveExitPossible() ? readiness.from().filter(d -> !d.isAfter(asOf)) : Option.none();
        LocalDate reference;
        String code;
        if (lastActivity.isDefined()
                && (followUpEnd.isEmpty() || !lastActivity.get().isAfter(followUpEnd.get()))) {
            reference = lastActivity.get();
            code = "alert.exit-not-recorded.activity";
        } else if (followUpEnd.isDefined()) {
            reference = followUpEnd.get();
            code = "alert.exit-not-recorded.follow-up";
        } else {
            return;
        }
        LocalDate deadline = reference.plusDays(EXIT_RECORDING_DAYS);
        if (asOf.isAfter(deadline)) {
            alerts.add(Alert.onParcours(
                    AlertKind.EXIT_NOT_RECORDED,
                    parcours.id(),
                    Option.none(),
                    deadline,
                    Option.none(),
                    code,
                    reference,
                    deadline,
                    ChronoUnit.DAYS.between(deadline, asOf)));
        }
    }

    /** The last day of a step or an interview on or before {@code asOf}; none while a step goes on. */
    private static Option<LocalDate> lastActivity(Parcours parcours, LocalDate asOf) {
        LocalDate last = null;
        for (Step step : parcours.steps()) {
            if (step.start().isAfter(asOf)) {
                continue;
            }
            if (step.end().isEmpty() || step.end().get().isAfter(asOf)) {
                return Option.none();
            }
            last = later(last, step.end().get());
        }
        for (Interview interview : parcours.interviews()) {
            if (!interview.date().isAfter(asOf)) {
                last = later(last, interview.date());
            }
        }
        return Option.of(last);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /**
     * PMSMP immersions: one lasting more than a month (its last day after start + 1 month - 1 day; an immersion
     * still going on counts up to {@code asOf}), and a third immersion with the same host following the previous
     * one without a day's gap (renewed more than once).
     */
    private static void immersions(Parcours parcours, LocalDate asOf, AlertPolicy policy, List<Alert> alerts) {
        List<Step> immersions = parcours.steps().stream()
                .filter(s -> s.detail() instanceof Immersion && !s.start().isAfter(asOf))
                .sorted(java.util.Comparator.comparing(Step::start).thenComparing(s -> s.id().value()))
                .toList();
        Map<Employer, Integer> chain = new HashMap<>();
        Map<Employer, LocalDate> chainLast = new HashMap<>();
        for (Step step : immersions) {
            LocalDate last = step.end().filter(e -> !e.isAfter(asOf)).getOrElse(asOf);
            LocalDate monthComplete = step.start().plusMonths(1).minusDays(1);
            if (policy.isEnabled(AlertKind.IMMERSION_TOO_LONG) && last.isAfter(monthComplete)) {
                alerts.add(Alert.onParcours(
                        AlertKind.IMMERSION_TOO_LONG,
                        parcours.id(),
                        Option.some(step.id()),
                        monthComplete.plusDays(1),
                        step.end(),
                        "alert.immersion-too-long",
                        step.start(),
                        last,
                        ChronoUnit.DAYS.between(step.start(), last) + 1));
            }
            Employer host = ((Immersion) step.detail()).host();
            LocalDate previous = chainLast.get(host);
            int links = previous != null && !step.start().isAfter(previous.plusDays(1)) ? chain.get(host) + 1 : 1;
            chain.put(host, links);
            chainLast.put(host, previous == null || last.isAfter(previous) ? last : previous);
            if (policy.isEnabled(AlertKind.IMMERSION_RENEWED_TOO_OFTEN) && links == 3) {
                alerts.add(Alert.onParcours(
                        AlertKind.IMMERSION_RENEWED_TOO_OFTEN,
                        parcours.id(),
                        Option.some(step.id()),
                        step.start(),
                        Option.none(),
                        "alert.immersion-renewed",
                        step.start(),
                        links - 1));
            }
        }
    }

    private static void exit(
            Parcours parcours, LocalDate asOf, AlertPolicy policy, Readiness readiness, List<Alert> alerts) {
        if (!readiness.positiveExitPossible() || readiness.from().get().isAfter(asOf)) {
            return;
        }
        LocalDate possibleFrom = readiness.from().get();
        boolean proposed = parcours.status() == ParcoursStatus.EXIT_PROPOSED;
        if (policy.isEnabled(AlertKind.EXIT_NOT_PROPOSED)
                && !proposed
                && !possibleFrom.plusDays(policy.exitProposalDelayDays()).isAfter(asOf)) {
            alerts.add(Alert.onParcours(
                    AlertKind.EXIT_NOT_PROPOSED,
                    parcours.id(),
                    Option.none(),
                    possibleFrom,
                    Option.none(),
                    "alert.exit-not-proposed",
                    possibleFrom,
                    ChronoUnit.DAYS.between(possibleFrom, asOf)));
        }
        if (policy.isEnabled(AlertKind.EVIDENCE_MISSING)
                && !readiness.missingEvidence().isEmpty()) {
            alerts.add(Alert.onParcours(
                    AlertKind.EVIDENCE_MISSING,
                    parcours.id(),
                    Option.none(),
                    possibleFrom,
                    Option.none(),
                    proposed ? "alert.evidence-missing.proposed" : "alert.evidence-missing.reachable",
                    readiness.missingEvidence().stream().sorted().toList()));
        }
    }
}
