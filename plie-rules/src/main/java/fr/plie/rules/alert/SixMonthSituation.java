package fr.plie.rules.alert;

import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.esf.EsfStage;
import fr.plie.core.parcours.Parcours;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The question the ESF+ follow-up alerts ask: is the participant's situation six months after the exit of this
 * parcours known (the longer-term results EECR05 "in employment" and EECR06 "improved labour-market situation",
 * Regulation (EU) 2021/1057, Annex I)? A small port, so the alerts do not depend on where the answers are kept
 * nor on how they are derived: {@link #entered(Function)} reads the answers the team entered; plie-reporting's
 * {@code EsfQuestionnaire.sixMonthSituation} also reads what the parcours tells (a job recorded six months after
 * the exit), as {@code plie esf check} does.
 */
@FunctionalInterface
public interface SixMonthSituation {
    /**
     * Whether the situation six months after the exit of {@code parcours} (exited on or before {@code asOf}) is
     * known on {@code asOf}.
     */
    boolean known(Parcours parcours, LocalDate asOf);

    /** Nothing recorded anywhere: the situation of every exit is to be collected. */
    static SixMonthSituation notRecorded() {
        return (parcours, asOf) -> false;
    }

    /**
     * Known when the participant's entered ESF+ record, as {@code records} gives it, answers both six-month
     * questions (an answer "unknown" or "unreachable" counts: the team tried).
     */
    static SixMonthSituation entered(Function<? super Parcours, Option<EsfRecord>> records) {
        return (parcours, asOf) -> records.apply(parcours).exists(SixMonthSituation::answersBoth);
    }

    /** Whether {@code record} answers both six-month questions. */
    static boolean answersBoth(EsfRecord record) {
        return Arrays.stream(EsfQuestion.values())
                .filter(q -> q.stage() == EsfStage.SIX_MONTHS)
                .allMatch(record.answers()::containsKey);
    }
}
