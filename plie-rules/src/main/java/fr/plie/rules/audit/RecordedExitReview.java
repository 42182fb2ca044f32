package fr.plie.rules.audit;

import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitOutcome;
import fr.plie.rules.exit.ExitPolicy;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded exit beside what the exit rules say of it: the rules judge the parcours on the exit's date (the facts
 * a committee knew when it pronounced the exit, seed 002: "attester de la situation AU MOMENT de la sortie").
 *
 * @param parcours the parcours' pseudonymous id
 * @param exit the exit recorded: category, date, evidence, validation
 * @param assessment the exit engine's judgement on the exit's date (or on {@code asOf}, if the exit is dated later)
 * @param verdict whether they agree, and if not, why
 */
public record RecordedExitReview(ParcoursId parcours, Exit exit, ExitAssessment assessment, Verdict verdict) {
    /** How a recorded exit stands against the rules. */
    public enum Verdict {
        /** A positive exit of the category the rules give, every piece of evidence valid at its date. */
        SUPPORTED,
        /** A positive exit the rules support, but evidence is missing or too old at its date. */
        EVIDENCE_LACKING,
        /** A positive exit of another positive category than the rules give. */
        OTHER_POSITIVE_CATEGORY,
        /** A positive exit pronounced before the day the rules allow it. */
        PRONOUNCED_TOO_EARLY,
        /** A positive exit while the rules still wait for a fact (a training's result, a registration). */
        AWAITING_FACT,
        /** A positive exit the rules do not reach at all. */
        NOT_POSITIVE,
        /** An exit recorded as not positive while the rules reach a positive exit on its date. */
        POSITIVE_NOT_RECORDED,
        /** An exit recorded as not positive, which the rules agree with. */
        NOT_POSITIVE_AGREED;

        /**
         * Whether the record and the rules agree (the evidence of a supported exit may still be lacking).
         *
         * @return whether they agree
         */
        public boolean agrees() {
            return this == SUPPORTED || this == EVIDENCE_LACKING || this == NOT_POSITIVE_AGREED;
        }

        /**
         * A recorded positive exit that the rules do not support.
         *
         * @return whether the verdict is such an exit
         */
        public boolean isUnsupportedPositive() {
            return this == OTHER_POSITIVE_CATEGORY
                    || this == PRONOUNCED_TOO_EARLY
                    || this == AWAITING_FACT
                    || this == NOT_POSITIVE;
        }
    }

    /**
     * Checks that no component is missing.
     *
     * @param parcours the parcours' pseudonymous id
     * @param exit the exit recorded: category, date, evidence, validation
     * @param assessment the exit engine's judgement on the exit's date (or on {@code asOf}, if the exit is dated later)
     * @param verdict whether they agree, and if not, why
     * @throws NullPointerException if a component is null
     */
    public RecordedExitReview {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(exit, "exit");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(verdict, "verdict");
    }

    /**
     * The review of {@code parcours}' recorded exit under {@code policy}; none when no exit is recorded. A positive
     * exit is judged for its own category: a committee may record the CDI of a participant whose qualifying
     * training already counted.
     *
     * @param parcours the parcours
     * @param asOf the day of the control
     * @param policy the exit rules applied
     * @return the review, none without a recorded exit
     */
    public static Option<RecordedExitReview> of(Parcours parcours, LocalDate asOf, ExitPolicy policy) {
        if (parcours.exit().isEmpty()) {
            return Option.none();
        }
        Exit exit = parcours.exit().get();
        LocalDate on = exit.date().isAfter(asOf) ? asOf : exit.date();
        ExitAssessment any = ExitEngine.assess(parcours, on, policy);
        ExitCategory recorded = exit.category();
        if (!recorded.isPositive()) {
            Verdict verdict = any.isPositive() ? Verdict.POSITIVE_NOT_RECORDED : Verdict.NOT_POSITIVE_AGREED;
            return Option.some(new RecordedExitReview(parcours.id(), exit, any, verdict));
        }
        ExitAssessment own = ExitEngine.assessFor(parcours, on, policy, outcomeOf(recorded));
        Verdict verdict;
        ExitAssessment shown = own;
        if (own.isPositive()) {
            verdict = own.missingEvidence().isEmpty() ? Verdict.SUPPORTED : Verdict.EVIDENCE_LACKING;
        } else if (any.isPositive()) {
            verdict = Verdict.OTHER_POSITIVE_CATEGORY;
            shown = any;
        } else {
            verdict = switch (own.outcome()) {
                case NOT_YET -> Verdict.PRONOUNCED_TOO_EARLY;
                case AWAITING_FACT -> Verdict.AWAITING_FACT;
                default -> Verdict.NOT_POSITIVE;
            };
        }
        return Option.some(new RecordedExitReview(parcours.id(), exit, shown, verdict));
    }

    private static ExitOutcome outcomeOf(ExitCategory positive) {
        return switch (positive) {
            case POSITIVE_TRAINING -> ExitOutcome.POSITIVE_TRAINING;
            case POSITIVE_CREATION -> ExitOutcome.POSITIVE_CREATION;
            default -> ExitOutcome.POSITIVE_EMPLOYMENT;
        };
    }

    /**
     * Why the record and the rules agree or not, in {@code locale}, with the dates and evidence concerned.
     *
     * @param locale the reader's locale
     * @return the reason
     */
    public String reason(java.util.Locale locale) {
        return ExitAudit.finding(this, AuditFinding.Kind.UNSUPPORTED_POSITIVE_EXIT)
                .reason(locale);
    }

    /**
     * The committee's validation date, none while the exit is only proposed.
     *
     * @return the validation date, if validated
     */
    public Option<LocalDate> validatedOn() {
        return exit.validation().map(v -> v.date());
    }
}
