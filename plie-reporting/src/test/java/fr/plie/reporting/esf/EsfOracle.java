package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.Profile;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepKind;
import fr.plie.core.step.TrainingResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An independent, deliberately plain reading of the Commission's guidance for the exit and six-month answers:
 * list every labour-market event of the 28 days after leaving, sort them, take the last; and for the entry
 * answers, a table read straight from the profile, with the months of registration counted by hand.
 */
final class EsfOracle {
    private EsfOracle() {}

    record Event(LocalDate day, boolean employment) {}

    private static boolean inWindow(Step step, LocalDate exit) {
        LocalDate windowEnd = exit.plusDays(28);
        boolean ongoingAtExit = !step.start().isAfter(exit)
                && (step.end().isEmpty() || !step.end().get().isBefore(exit));
        boolean startsInWindow = step.start().isAfter(exit) && !step.start().isAfter(windowEnd);
        return ongoingAtExit || startsInWindow;
    }

    private static LocalDate day(Step step, LocalDate exit) {
        return step.start().isAfter(exit) ? step.start() : exit;
    }

    /** "EMPLOYED", "SEARCHING" or "NONE". */
    static String lastEvent(Parcours parcours, LocalDate exit) {
        List<Event> events = new ArrayList<>();
        for (Step step : parcours.steps()) {
            if (!inWindow(step, exit)) {
                continue;
            }
            if (step.kind() == StepKind.EMPLOYMENT || step.kind() == StepKind.BUSINESS_CREATION) {
                events.add(new Event(day(step, exit), true));
            } else if (step.kind() == StepKind.JOB_SEARCH_WORKSHOP) {
                events.add(new Event(day(step, exit), false));
            }
        }
        for (JobOfferPlacement placement : parcours.placements()) {
            long after = java.time.temporal.ChronoUnit.DAYS.between(exit, placement.date());
            if (after >= 0 && after <= 28) {
                events.add(new Event(placement.date(), false));
            }
        }
        // on the same day the job comes after the search it ended
        events.sort(Comparator.comparing(Event::day).thenComparing(e -> e.employment() ? 1 : 0));
        if (events.isEmpty()) {
            return "NONE";
        }
        return events.get(events.size() - 1).employment() ? "EMPLOYED" : "SEARCHING";
    }

    static boolean inTraining(Parcours parcours, LocalDate exit) {
        return parcours.steps().stream().anyMatch(s -> s.kind() == StepKind.TRAINING && inWindow(s, exit));
    }

    static boolean qualification(Parcours parcours, LocalDate entry, LocalDate exit) {
        return parcours.steps().stream()
                .flatMap(s -> s.training().toJavaStream())
                .filter(t -> t.result() == TrainingResult.OBTAINED)
                .flatMap(t -> t.resultOn().toJavaStream())
                .anyMatch(on -> !on.isBefore(entry) && !on.isAfter(exit.plusDays(28)));
    }

    static boolean employedOn(Parcours parcours, LocalDate day) {
        return parcours.steps().stream()
                .filter(s -> s.kind() == StepKind.EMPLOYMENT || s.kind() == StepKind.BUSINESS_CREATION)
                .anyMatch(s -> !s.start().isAfter(day) && s.end().forAll(e -> !e.isBefore(day)));
    }

    /**
     * Whole months of registration on {@code day}, counted by hand: the months between the two dates, less one
     * when the day of the month is not reached yet (a registration on the 31st completes its month on the last
     * day of a shorter month). Negative when registered after {@code day}.
     */
    static int monthsRegistered(LocalDate since, LocalDate day) {
        int months = (day.getYear() - since.getYear()) * 12 + day.getMonthValue() - since.getMonthValue();
        int reached = Math.min(since.getDayOfMonth(), day.lengthOfMonth());
        return day.getDayOfMonth() >= reached ? months : months - 1;
    }

    /**
     * The entry answer the rules expect from the profile alone, or null when the profile does not tell and the
     * answer must be entered (a flag left at false is no declaration; minority is never derived).
     */
    static String entryAnswer(EsfQuestion question, Profile profile, LocalDate parcoursEntry) {
        boolean unemployed = profile.labourMarketStatus() == LabourMarketStatus.UNEMPLOYED;
        return switch (question) {
            case LABOUR_MARKET_STATUS -> profile.labourMarketStatus().name();
            case UNEMPLOYMENT_DURATION -> {
                if (!unemployed) {
                    yield "NOT_UNEMPLOYED";
                }
                if (profile.jobSeekerSince().isEmpty()) {
                    yield null;
                }
                int months = monthsRegistered(profile.jobSeekerSince().get(), parcoursEntry);
                yield months >= 12 ? "12_MONTHS_OR_MORE" : months >= 6 ? "FROM_6_TO_11_MONTHS" : "LESS_THAN_6_MONTHS";
            }
            case ISCED_LEVEL -> {
                int level = profile.qualificationLevel().ordinal() + 1; // LEVEL_1 .. LEVEL_8
                yield level <= 2 ? "ISCED_0_2" : level <= 4 ? "ISCED_3_4" : "ISCED_5_8";
            }
            case SINGLE_ADULT_HOUSEHOLD, DEPENDENT_CHILDREN -> profile.singleParent() ? "YES" : null;
            case DISABILITY -> profile.recognisedDisabledWorker() ? "YES" : "NO";
            case THIRD_COUNTRY_NATIONAL -> profile.thirdCountryNational() ? "YES" : null;
            case FOREIGN_BACKGROUND -> profile.foreignBackground() ? "YES" : null;
            case HOMELESS_OR_HOUSING_EXCLUSION -> profile.homelessOrHousingExclusion() ? "YES" : null;
            case MINORITY -> null;
            case RURAL_AREA -> profile.ruralArea() ? "YES" : "NO";
            default -> throw new IllegalArgumentException("not an entry question: " + question);
        };
    }
}
