package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfQuestion;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The state of one question of one participant-operation: its answer and where it comes from, or why it has
 * none, and the day it is due (the stage's day plus the grace of {@link EsfDeadlines}).
 */
public record EsfResponse(
        EsfQuestion question, Option<EsfAnswer> answer, EsfSource source, Basis basis, Option<LocalDate> dueOn) {
    public EsfResponse {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(dueOn, "dueOn");
        if (answer.isDefined() != (source == EsfSource.ENTERED || source == EsfSource.DERIVED)) {
            throw new IllegalArgumentException("an answer is entered or derived, and only then present");
        }
    }

    /** Whether the answer is the given code {@code YES}. */
    public boolean isYes() {
        return answer.exists(EsfAnswer::isYes);
    }

    /** Whether the answer is the given code {@code code}. */
    public boolean is(String code) {
        return answer.exists(a -> a.code().contains(code));
    }
}
