package fr.plie.rules.exit;

import fr.plie.core.step.StepId;
import java.util.Objects;

/**
 * A fact not recorded yet on which a positive exit waits (outcome {@link ExitOutcome#AWAITING_FACT}): the result
 * of a qualifying training finished or under way, the registration of a business being created, or the end of a
 * CDI's trial period when it is not recorded. Unlike a
 * planned end, it has no date the engine could project; unlike a failed diploma, it is not a failure.
 *
 * @param fact what is awaited
 * @param step the step it concerns
 * @param outcome the positive outcome the fact would bring, if it comes as hoped
 */
public record AwaitedFact(Fact fact, StepId step, ExitOutcome outcome) {
    /** The kinds of fact the engine waits for. */
    public enum Fact {
        /** The result of a qualifying training counted at its validation (seed 000, national guide). */
        TRAINING_RESULT,
        /** The official registration of a business (KBIS, SIRET...). */
        BUSINESS_REGISTRATION,
        /**
         * The end of a CDI's trial period, the contract having one whose end is not recorded (seed 004: "sortie
         * effective à la fin de la période d'essai").
         */
        TRIAL_PERIOD_END
    }

    /**
     * Checks that the outcome is positive.
     *
     * @param fact what is awaited
     * @param step the step it concerns
     * @param outcome the positive outcome the fact would bring, if it comes as hoped
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code outcome} is not positive
     */
    public AwaitedFact {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(step, "step");
        if (!outcome.isPositive()) {
            throw new IllegalArgumentException("an awaited fact leads to a positive outcome, not " + outcome);
        }
    }
}
