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
    /**
     * Checks that the answer is present exactly when entered or derived.
     *
     * @param question the question
     * @param answer the answer, if entered or derived
     * @param source where the answer comes from, or why there is none
     * @param basis what a derived answer was read from
     * @param dueOn the day the answer is due, none before its stage
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the answer and the source disagree
     */
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

    /**
     * Whether the answer is the given code {@code YES}.
     *
     * @return whether it is {@code YES}
     */
    public boolean isYes() {
        return answer.exists(EsfAnswer::isYes);
    }

    /**
     * Whether the answer is the given code {@code code}.
     *
     * @param code a code of the question
     * @return whether it is the answer
     */
    public boolean is(String code) {
        return answer.exists(a -> a.code().contains(code));
    }
}
