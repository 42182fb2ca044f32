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
    public static final EsfAnswer YES = given(EsfQuestion.YES);
    public static final EsfAnswer NO = given(EsfQuestion.NO);

    public EsfAnswer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        if ((kind == EsfAnswerKind.GIVEN) != code.isDefined()) {
            throw new IllegalArgumentException("a code goes with a given answer, and only with it");
        }
    }

    public static EsfAnswer given(String code) {
        return new EsfAnswer(EsfAnswerKind.GIVEN, Option.some(code));
    }

    public static EsfAnswer of(boolean yes) {
        return yes ? YES : NO;
    }

    public static EsfAnswer refused() {
        return new EsfAnswer(EsfAnswerKind.REFUSED, Option.none());
    }

    public static EsfAnswer unknown() {
        return new EsfAnswer(EsfAnswerKind.UNKNOWN, Option.none());
    }

    public static EsfAnswer unreachable() {
        return new EsfAnswer(EsfAnswerKind.UNREACHABLE, Option.none());
    }

    /** Whether the answer is the given code {@code YES}. */
    public boolean isYes() {
        return code.contains(EsfQuestion.YES);
    }

    /** The code of a given answer, else the kind's name ({@code REFUSED}...): how files and tables write it. */
    public String asText() {
        return code.getOrElse(kind::name);
    }

    @Override
    public String toString() {
        return "EsfAnswer[" + asText() + "]";
    }
}
