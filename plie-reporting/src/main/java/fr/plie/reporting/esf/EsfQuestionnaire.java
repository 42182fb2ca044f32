package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.esf.EsfStage;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.Profile;
import fr.plie.reporting.indicator.EsfResults;
import fr.plie.rules.alert.SixMonthSituation;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Answers the ESF+ questionnaire of a participant-operation: an entered answer first, else what the profile and
 * the parcours tell (each derivation is a {@link Basis}), else missing once the question is due. The exit answers
 * read the facts as the ESF+ indicators do ({@link EsfResults}): the 28 days after leaving, only the last event
 * counting. Pure: everything it reads is given, {@code asOf} included. Immutable and thread-safe: one instance
 * serves the whole application.
 */
public final class EsfQuestionnaire {
    private final EsfDeadlines deadlines;

    /**
     * A questionnaire whose answers fall due after {@code deadlines}.
     *
     * @param deadlines when the answers are due
     * @throws NullPointerException if {@code deadlines} is null
     */
    public EsfQuestionnaire(EsfDeadlines deadlines) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    /**
     * The questionnaire of one participant-operation on {@code asOf}: each answer entered, else derived from the
     * profile and the parcours, else missing or not due yet.
     *
     * @param record the participant-operation
     * @param parcours its parcours
     * @param profile its participant's profile
     * @param entered the answers the team entered, if any
     * @param asOf the day of the questionnaire
     * @return the sheet
     */
    public EsfSheet sheet(
            ParticipantOperation record,
            Parcours parcours,
            Profile profile,
            Option<EsfRecord> entered,
            LocalDate asOf) {
        Map<EsfQuestion, EsfAnswer> answers = entered.map(EsfRecord::answers).getOrElse(Map.of());
        Map<EsfQuestion, EsfResponse> responses = new EnumMap<>(EsfQuestion.class);
        LocalDate exit = record.exit().getOrNull();
        for (EsfQuestion question : EsfQuestion.values()) {
            LocalDate askable = askableFrom(question.stage(), record.entry(), exit);
            Option<LocalDate> due = Option.of(askable).map(day -> day.plusDays(grace(question.stage())));
            EsfAnswer given = answers.get(question);
            if (given != null) {
                responses.put(
                        question, new EsfResponse(question, Option.some(given), EsfSource.ENTERED, Basis.NONE, due));
                continue;
            }
            if (askable == null || askable.isAfter(asOf) || windowOpen(question.stage(), exit, asOf)) {
                responses.put(question, new EsfResponse(question, Option.none(), EsfSource.PENDING, Basis.NONE, due));
                continue;
            }
            Derived derived = derive(question, record, parcours, profile, exit, answers);
            responses.put(
                    question,
                    derived == null
                            ? new EsfResponse(question, Option.none(), EsfSource.MISSING, Basis.NONE, due)
                            : new EsfResponse(
                                    question, Option.some(derived.answer), EsfSource.DERIVED, derived.basis, due));
        }
        return new EsfSheet(record, responses);
    }

    /** The day a question can first be answered: entry; exit; six months after exit. Null: not yet known. */
    private static LocalDate askableFrom(EsfStage stage, LocalDate entry, LocalDate exit) {
        return switch (stage) {
            case ENTRY -> entry;
            case EXIT -> exit;
            case SIX_MONTHS -> exit == null ? null : exit.plusMonths(6);
        };
    }

    private int grace(EsfStage stage) {
        return switch (stage) {
            case ENTRY -> deadlines.entryDays();
            case EXIT -> deadlines.exitDays();
            case SIX_MONTHS -> deadlines.sixMonthsDays();
        };
    }

    private record Derived(EsfAnswer answer, Basis basis) {}

    private static Derived yes(boolean flag, Basis basis) {
        return flag ? new Derived(EsfAnswer.YES, basis) : null;
    }

    private static Derived yesNo(boolean flag, Basis basis) {
        return new Derived(EsfAnswer.of(flag), basis);
    }

    /** The derivation of docs/esf.md, "Derived answers"; null when the facts do not tell. */
    private static Derived derive(
            EsfQuestion question,
            ParticipantOperation record,
            Parcours parcours,
            Profile profile,
            LocalDate exit,
            Map<EsfQuestion, EsfAnswer> entered) {
        LocalDate parcoursEntry = parcours.entryDate().getOrElse(record.entry());
        return switch (question) {
            case LABOUR_MARKET_STATUS ->
                new Derived(EsfAnswer.given(profile.labourMarketStatus().name()), Basis.PROFILE_LABOUR_MARKET_STATUS);
            case UNEMPLOYMENT_DURATION -> unemployment(profile, parcoursEntry);
            case ISCED_LEVEL ->
                new Derived(
                        EsfAnswer.given(
                                profile.qualificationLevel().iscedGroup().name()),
                        Basis.PROFILE_QUALIFICATION_LEVEL);
            case SINGLE_ADULT_HOUSEHOLD, DEPENDENT_CHILDREN -> yes(profile.singleParent(), Basis.PROFILE_SINGLE_PARENT);
            case DISABILITY -> yesNo(profile.recognisedDisabledWorker(), Basis.PROFILE_RQTH);
            case THIRD_COUNTRY_NATIONAL -> yes(profile.thirdCountryNational(), Basis.PROFILE_FLAG);
            case FOREIGN_BACKGROUND -> yes(profile.foreignBackground(), Basis.PROFILE_FLAG);
            case HOMELESS_OR_HOUSING_EXCLUSION -> yes(profile.homelessOrHousingExclusion(), Basis.PROFILE_FLAG);
            case MINORITY -> null; // special-category data (GDPR art. 9): only ever entered
            case RURAL_AREA -> yesNo(profile.ruralArea(), Basis.PROFILE_RURAL_AREA);
            case EXIT_JOB_SEARCHING ->
                lastEvent(entered.get(EsfQuestion.EXIT_EMPLOYED), parcours, exit, EsfResults.LastEvent.JOB_SEARCHING);
            case EXIT_EMPLOYED ->
                lastEvent(entered.get(EsfQuestion.EXIT_JOB_SEARCHING), parcours, exit, EsfResults.LastEvent.EMPLOYMENT);
            case EXIT_IN_EDUCATION_OR_TRAINING ->
                yesNo(EsfResults.inTraining(parcours, exit), Basis.PARCOURS_EXIT_WINDOW);
            case EXIT_QUALIFICATION ->
                yesNo(EsfResults.gainedQualification(parcours, record.entry(), exit), Basis.PARCOURS_TRAINING_RESULT);
            case EMPLOYED_6_MONTHS, IMPROVED_SITUATION_6_MONTHS -> sixMonths(question, parcours, exit, entered);
        };
    }

    /** The six-month answers' derivation; null when the facts do not tell. */
    private static Derived sixMonths(
            EsfQuestion question, Parcours parcours, LocalDate exit, Map<EsfQuestion, EsfAnswer> entered) {
        return question == EsfQuestion.EMPLOYED_6_MONTHS
                ? yes(EsfResults.employedOn(parcours, exit.plusMonths(6)), Basis.PARCOURS_SIX_MONTHS)
                : improved(parcours, exit, entered);
    }

    /**
     * The ESF+ follow-up alerts' question (plie-rules' {@code Alerts.forParcours}), answered as the questionnaire
     * answers it: the situation six months after a parcours' exit is known when both six-month questions are
     * entered in the record {@code entered} gives, or derived from the parcours (a job recorded six months after the
     * exit; docs/esf.md, "Derived answers").
     *
     * @param entered the participant's entered ESF+ answers for the parcours, if any
     */
    public static SixMonthSituation sixMonthSituation(Function<? super Parcours, Option<EsfRecord>> entered) {
        return (parcours, asOf) -> {
            Map<EsfQuestion, EsfAnswer> answers =
                    entered.apply(parcours).map(EsfRecord::answers).getOrElse(Map.of());
            LocalDate exit = parcours.exitDate().get();
            return Arrays.stream(EsfQuestion.values())
                    .filter(q -> q.stage() == EsfStage.SIX_MONTHS)
                    .allMatch(q -> answers.containsKey(q) || sixMonths(q, parcours, exit, answers) != null);
        };
    }

    private static Derived unemployment(Profile profile, LocalDate entry) {
        if (profile.labourMarketStatus() != LabourMarketStatus.UNEMPLOYED) {
            return new Derived(EsfAnswer.given("NOT_UNEMPLOYED"), Basis.PROFILE_LABOUR_MARKET_STATUS);
        }
        if (profile.jobSeekerSince().isEmpty()) {
            return null;
        }
        String length = profile.jobSeekerForAtLeast(12, entry)
                ? "12_MONTHS_OR_MORE"
                : profile.jobSeekerForAtLeast(6, entry) ? "FROM_6_TO_11_MONTHS" : "LESS_THAN_6_MONTHS";
        return new Derived(EsfAnswer.given(length), Basis.PROFILE_JOB_SEEKER_SINCE);
    }

    /** Exit answers wait for the 28-day window to close: until then a later event could still change them. */
    private static boolean windowOpen(EsfStage stage, LocalDate exit, LocalDate asOf) {
        return stage == EsfStage.EXIT && exit.plusDays(EsfResults.WINDOW_DAYS).isAfter(asOf);
    }

    /**
     * Job searching or employed on leaving: only the last event counts, so an entered "yes" to the other question
     * answers this one "no"; else the parcours' last event of the window decides.
     */
    private static Derived lastEvent(
            EsfAnswer otherEntered, Parcours parcours, LocalDate exit, EsfResults.LastEvent event) {
        if (otherEntered != null && otherEntered.isYes()) {
            return new Derived(EsfAnswer.NO, Basis.ENTERED_LAST_EVENT);
        }
        return yesNo(EsfResults.lastEvent(parcours, exit) == event, Basis.PARCOURS_EXIT_WINDOW);
    }

    private static Derived improved(Parcours parcours, LocalDate exit, Map<EsfQuestion, EsfAnswer> entered) {
        EsfAnswer employed = entered.get(EsfQuestion.EMPLOYED_6_MONTHS);
        if (employed != null) {
            return employed.code().contains(EsfQuestion.NO)
                    ? new Derived(EsfAnswer.NO, Basis.ENTERED_NOT_EMPLOYED)
                    : null;
        }
        if (!EsfResults.employedOn(parcours, exit.plusMonths(6))) {
            return null;
        }
        return yesNo(EsfResults.improvedSixMonthsAfter(parcours, exit), Basis.PARCOURS_SIX_MONTHS);
    }
}
