package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfQuestion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What is still missing for the ESF+ reporting, and the alerts it raises. Pure functions, thread-safe. */
public final class EsfCompleteness {
    private EsfCompleteness() {}

    /**
     * The missing answers of {@code sheets}, earliest due first.
     *
     * @param sheets the questionnaires
     * @return the missing answers
     */
    public static List<MissingAnswer> missing(List<EsfSheet> sheets) {
        List<MissingAnswer> missing = new ArrayList<>();
        for (EsfSheet sheet : sheets) {
            ParticipantOperation record = sheet.record();
            for (EsfResponse response : sheet.missing()) {
                missing.add(new MissingAnswer(
                        record.participant(),
                        record.parcours(),
                        record.operation().id(),
                        response.question(),
                        response.dueOn().get()));
            }
        }
        missing.sort(Comparator.comparing(MissingAnswer::dueOn)
                .thenComparing(m -> m.participant().value())
                .thenComparing(MissingAnswer::question));
        return missing;
    }

    /**
     * One alert per participant-operation: overdue when an answer is past its due day on {@code asOf}, due soon
     * when one falls due within {@code warnDays}; the others wait.
     *
     * @param sheets the questionnaires
     * @param asOf the day of the check
     * @param warnDays how many days before its due day an answer is due soon
     * @return the alerts
     */
    public static List<EsfAlert> alerts(List<EsfSheet> sheets, LocalDate asOf, int warnDays) {
        List<EsfAlert> alerts = new ArrayList<>();
        for (EsfSheet sheet : sheets) {
            List<EsfQuestion> overdue = new ArrayList<>();
            List<EsfQuestion> soon = new ArrayList<>();
            LocalDate firstOverdue = null;
            LocalDate firstSoon = null;
            for (EsfResponse response : sheet.missing()) {
                LocalDate due = response.dueOn().get();
                if (asOf.isAfter(due)) {
                    overdue.add(response.question());
                    firstOverdue = firstOverdue == null || due.isBefore(firstOverdue) ? due : firstOverdue;
                } else if (!due.isAfter(asOf.plusDays(warnDays))) {
                    soon.add(response.question());
                    firstSoon = firstSoon == null || due.isBefore(firstSoon) ? due : firstSoon;
                }
            }
            ParticipantOperation record = sheet.record();
            if (!overdue.isEmpty()) {
                alerts.add(new EsfAlert(
                        EsfAlert.Kind.OVERDUE,
                        record.participant(),
                        record.operation().id(),
                        overdue,
                        firstOverdue));
            }
            if (!soon.isEmpty()) {
                alerts.add(new EsfAlert(
                        EsfAlert.Kind.DUE_SOON,
                        record.participant(),
                        record.operation().id(),
                        soon,
                        firstSoon));
            }
        }
        return alerts;
    }
}
