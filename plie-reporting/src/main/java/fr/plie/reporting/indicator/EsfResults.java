package fr.plie.reporting.indicator;

import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.Sex;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepKind;
import fr.plie.core.step.TrainingResult;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The ESF+ common result indicators read from the recorded facts. Immediate results look at the 28 days after
 * leaving and, when several labour-market events happen there, only the last one counts: job searching
 * (EECR01) and employment (EECR04) exclude each other (Commission guidance on Annex I of Regulation (EU)
 * 2021/1057). Public so the ESF+ questionnaire ({@code fr.plie.reporting.esf}) derives its exit answers from
 * the same reading of the facts as the indicators.
 */
public final class EsfResults {
    /** The window of the immediate result indicators, in days after the exit day. */
    public static final int WINDOW_DAYS = 28;

    private EsfResults() {}

    /** The last labour-market event of the 28 days after leaving. */
    public enum LastEvent {
        /** No event in the window. */
        NONE,
        /** Job searching was the last event. */
        JOB_SEARCHING,
        /** Employment or business creation was the last event. */
        EMPLOYMENT
    }

    /**
     * The last labour-market event between the exit day and 28 days later: employment or business creation
     * going on at exit or starting in the window; job searching is a placement on an offer or a job-search
     * workshop in the window. On the same day, employment wins (the search ended with the job).
     *
     * @param parcours the parcours
     * @param exit the exit day
     * @return the last event
     */
    public static LastEvent lastEvent(Parcours parcours, LocalDate exit) {
        LocalDate windowEnd = exit.plusDays(WINDOW_DAYS);
        LocalDate lastEmployment = null;
        LocalDate lastSearch = null;
        for (Step step : parcours.steps()) {
            LocalDate on = eventDay(step, exit, windowEnd);
            if (on == null) {
                continue;
            }
            StepKind kind = step.kind();
            if (kind == StepKind.EMPLOYMENT || kind == StepKind.BUSINESS_CREATION) {
                lastEmployment = later(lastEmployment, on);
            } else if (kind == StepKind.JOB_SEARCH_WORKSHOP) {
                lastSearch = later(lastSearch, on);
            }
        }
        for (JobOfferPlacement placement : parcours.placements()) {
            if (!placement.date().isBefore(exit) && !placement.date().isAfter(windowEnd)) {
                lastSearch = later(lastSearch, placement.date());
            }
        }
        if (lastEmployment == null && lastSearch == null) {
            return LastEvent.NONE;
        }
        if (lastSearch == null || (lastEmployment != null && !lastEmployment.isBefore(lastSearch))) {
            return LastEvent.EMPLOYMENT;
        }
        return LastEvent.JOB_SEARCHING;
    }

    /**
     * In education or training on leaving: a training going on at exit or starting in the window.
     *
     * @param parcours the parcours
     * @param exit the exit day
     * @return whether the participant was in training on leaving
     */
    public static boolean inTraining(Parcours parcours, LocalDate exit) {
        LocalDate windowEnd = exit.plusDays(WINDOW_DAYS);
        for (Step step : parcours.steps()) {
            if (step.kind() == StepKind.TRAINING && eventDay(step, exit, windowEnd) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gaining a qualification: a training obtained between entry and 28 days after leaving.
     *
     * @param parcours the parcours
     * @param entry the entry day
     * @param exit the exit day
     * @return whether a qualification was gained
     */
    public static boolean gainedQualification(Parcours parcours, LocalDate entry, LocalDate exit) {
        LocalDate windowEnd = exit.plusDays(WINDOW_DAYS);
        for (Step step : parcours.steps()) {
            var training = step.training();
            if (training.isDefined()
                    && training.get().result() == TrainingResult.OBTAINED
                    && training.get().resultOn().exists(on -> !on.isBefore(entry) && !on.isAfter(windowEnd))) {
                return true;
            }
        }
        return false;
    }

    /** Employment or business creation going on {@code day}. */
    static Step workOn(Parcours parcours, LocalDate day) {
        Step found = null;
        for (Step step : parcours.steps()) {
            StepKind kind = step.kind();
            if ((kind == StepKind.EMPLOYMENT || kind == StepKind.BUSINESS_CREATION) && step.isOngoingOn(day)) {
                if (found == null || rank(step) > rank(found)) {
                    found = step;
                }
            }
        }
        return found;
    }

    /**
     * Improved situation six months after leaving, as far as the model records it: from a precarious job
     * (any contract but a CDI) to a CDI, or from part time to full time. A more skilled job or a promotion is
     * not recorded.
     */
    static boolean improved(Step atExit, Step sixMonthsLater) {
        if (atExit == null || sixMonthsLater == null || rank(atExit) < 0 || rank(sixMonthsLater) < 0) {
            return false;
        }
        return rank(sixMonthsLater) > rank(atExit);
    }

    /** 0 precarious part time, 1 precarious full time, 2 CDI part time, 3 CDI full time; -1 a creation. */
    private static int rank(Step step) {
        if (!(step.detail() instanceof Employment employment)) {
            return -1;
        }
        int stable = employment.contractType() == ContractType.CDI ? 2 : 0;
        int fullTime = employment.workingTimeShare().compareTo(BigDecimal.ONE) >= 0 ? 1 : 0;
        return stable + fullTime;
    }

    /**
     * Whether an employment or business creation is going on {@code day} (EECR05 six months after leaving).
     *
     * @param parcours the parcours
     * @param day the day
     * @return whether the participant worked that day
     */
    public static boolean employedOn(Parcours parcours, LocalDate day) {
        return workOn(parcours, day) != null;
    }

    /**
     * Whether the situation six months after {@code exit} is better than on the exit day (EECR06, see improved).
     *
     * @param parcours the parcours
     * @param exit the exit day
     * @return whether the situation improved
     */
    public static boolean improvedSixMonthsAfter(Parcours parcours, LocalDate exit) {
        Step later = workOn(parcours, exit.plusMonths(6));
        return later != null && improved(workOn(parcours, exit), later);
    }

    private static LocalDate eventDay(Step step, LocalDate exit, LocalDate windowEnd) {
        if (step.isOngoingOn(exit)) {
            return exit;
        }
        if (step.start().isAfter(exit) && !step.start().isAfter(windowEnd)) {
            return step.start();
        }
        return null;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** Counts a leaver's result indicators: at exit (28-day window) and, once observable, six months later. */
    static void count(Tally tally, Parcours parcours, Sex sex, LocalDate entry, LocalDate exit, LocalDate asOf) {
        ParcoursId id = parcours.id();
        tally.hit(Indicator.ESF_LEAVERS, sex, id);
        switch (lastEvent(parcours, exit)) {
            case EMPLOYMENT -> tally.hit(Indicator.EECR04_EMPLOYMENT, sex, id);
            case JOB_SEARCHING -> tally.hit(Indicator.EECR01_JOB_SEARCHING, sex, id);
            case NONE -> {}
        }
        if (inTraining(parcours, exit)) {
            tally.hit(Indicator.EECR02_EDUCATION_OR_TRAINING, sex, id);
        }
        if (gainedQualification(parcours, entry, exit)) {
            tally.hit(Indicator.EECR03_QUALIFICATION, sex, id);
        }
        LocalDate sixMonths = exit.plusMonths(6);
        if (!sixMonths.isAfter(asOf)) {
            tally.hit(Indicator.ESF_LEAVERS_OBSERVED_6_MONTHS, sex, id);
            Step later = workOn(parcours, sixMonths);
            if (later != null) {
                tally.hit(Indicator.EECR05_EMPLOYMENT_6_MONTHS, sex, id);
                if (improved(workOn(parcours, exit), later)) {
                    tally.hit(Indicator.EECR06_IMPROVED_SITUATION_6_MONTHS, sex, id);
                }
            }
        }
    }
}
