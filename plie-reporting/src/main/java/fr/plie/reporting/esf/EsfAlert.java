package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.internal.MessageBundle;
import fr.plie.core.participant.ParticipantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A reminder for the référent: ESF+ answers of a participant-operation due soon or overdue, with the earliest due
 * day. Named by pseudonymous id only.
 */
public record EsfAlert(
        Kind kind, ParticipantId participant, EsfOperationId operation, List<EsfQuestion> questions, LocalDate dueOn) {
    private static final MessageBundle MESSAGES =
            new MessageBundle("fr.plie.reporting.esf.messages", EsfAlert.class::getResourceAsStream);

    /** Due within the warning days, or past its due day. */
    public enum Kind {
        /** The earliest answer is due within the warning days. */
        DUE_SOON,
        /** An answer is past its due day. */
        OVERDUE
    }

    /**
     * Copies the questions, so the alert stays immutable.
     *
     * @param kind due soon or overdue
     * @param participant the participant's pseudonymous id
     * @param operation the operation
     * @param questions the questions whose answers are due
     * @param dueOn the earliest due day
     * @throws NullPointerException if a component is null
     */
    public EsfAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(operation, "operation");
        questions = List.copyOf(questions);
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /**
     * The stable code, {@code esf.due-soon} or {@code esf.overdue}.
     *
     * @return the code
     */
    public String code() {
        return kind == Kind.DUE_SOON ? "esf.due-soon" : "esf.overdue";
    }

    /**
     * The reminder in {@code locale}'s language, naming the questions due.
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String message(Locale locale) {
        String names = questions.stream()
                .map(q -> MESSAGES.render("question." + q.name(), List.of(), locale))
                .collect(Collectors.joining(", "));
        return MESSAGES.render(code(), List.of(participant, operation, dueOn, names), locale);
    }
}
