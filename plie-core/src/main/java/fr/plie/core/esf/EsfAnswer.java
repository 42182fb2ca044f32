package fr.plie.core.esf;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * One answer to an ESF+ question: a code among the question's ({@code YES}, {@code ISCED_3_4}...) or a
 * non-answer the rules allow (refused, unknown, unreachable).
 *
 * @param code present exactly when {@code kind} is {@link EsfAnswerKind#GIVEN}
 */
public record EsfAnswer(EsfAnswerKind kind, Option<String> code) {
    /** The given answer {@code YES}. */
    public static final EsfAnswer YES = given(EsfQuestion.YES);
    /** The given answer {@code NO}. */
    public static final EsfAnswer NO = given(EsfQuestion.NO);

    /**
     * Checks that the code is present exactly for a given answer.
     *
     * @param kind given, or which non-answer
     * @param code present exactly when {@code kind} is {@link EsfAnswerKind#GIVEN}
     * @throws NullPointerException if {@code kind} or {@code code} is null
     * @throws IllegalArgumentException if the code and the kind disagree
     */
    public EsfAnswer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        if ((kind == EsfAnswerKind.GIVEN) != code.isDefined()) {
            throw new IllegalArgumentException("a code goes with a given answer, and only with it");
        }
    }

    /**
     * The answer {@code code}.
     *
     * @param code one of the question's codes
     * @return the given answer
     */
    public static EsfAnswer given(String code) {
        return new EsfAnswer(EsfAnswerKind.GIVEN, Option.some(code));
    }

    /**
     * {@return {@link #YES} or {@link #NO}}
     *
     * @param yes whether the answer is yes
     */
    public static EsfAnswer of(boolean yes) {
        return yes ? YES : NO;
    }

    /** {@return the non-answer of a participant who refused to answer} */
    public static EsfAnswer refused() {
        return new EsfAnswer(EsfAnswerKind.REFUSED, Option.none());
    }

    /** {@return the non-answer of a participant who does not know} */
    public static EsfAnswer unknown() {
        return new EsfAnswer(EsfAnswerKind.UNKNOWN, Option.none());
    }

    /** {@return the non-answer for a participant the team could not reach} */
    public static EsfAnswer unreachable() {
        return new EsfAnswer(EsfAnswerKind.UNREACHABLE, Option.none());
    }

    /**
     * Whether the answer is the given code {@code YES}.
     *
     * @return whether it is {@code YES}
     */
    public boolean isYes() {
        return code.contains(EsfQuestion.YES);
    }

    /**
     * The code of a given answer, else the kind's name ({@code REFUSED}...): how files and tables write it.
     *
     * @return the text of the answer
     */
    public String asText() {
        return code.getOrElse(kind::name);
    }

    @Override
    public String toString() {
        return "EsfAnswer[" + asText() + "]";
    }
}
