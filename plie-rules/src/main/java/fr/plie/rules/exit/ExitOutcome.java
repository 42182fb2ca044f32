package fr.plie.rules.exit;

import fr.plie.core.exit.ExitCategory;
import io.vavr.control.Option;

/** What the exit engine concludes about a parcours on a given day. */
public enum ExitOutcome {
    /** Durable employment (CDI, long enough fixed-term contract, missions, seasonal work). */
    POSITIVE_EMPLOYMENT,
    /** Qualifying training, entered or validated depending on the policy. */
    POSITIVE_TRAINING,
    /** Business creation. */
    POSITIVE_CREATION,
    /** Not positive yet, but the facts already recorded (planned ends, ongoing contracts) will get there. */
    NOT_YET,
    /**
     * Not positive yet, and no date can be projected: the exit waits for a fact not recorded yet (a training's
     * result, a business registration), listed by {@link ExitAssessment#awaiting()}. Neither a failure nor a date.
     */
    AWAITING_FACT,
    /** Nothing recorded leads to a positive exit under the policy. */
    NOT_POSITIVE;

    /** {@return whether this is a positive exit} */
    public boolean isPositive() {
        return this == POSITIVE_EMPLOYMENT || this == POSITIVE_TRAINING || this == POSITIVE_CREATION;
    }

    /**
     * The exit category a committee would record for this outcome; none unless positive.
     *
     * @return the exit category, none if the outcome is not positive
     */
    public Option<ExitCategory> category() {
        return switch (this) {
            case POSITIVE_EMPLOYMENT -> Option.some(ExitCategory.POSITIVE_EMPLOYMENT);
            case POSITIVE_TRAINING -> Option.some(ExitCategory.POSITIVE_TRAINING);
            case POSITIVE_CREATION -> Option.some(ExitCategory.POSITIVE_CREATION);
            default -> Option.none();
        };
    }
}
