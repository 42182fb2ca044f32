package fr.plie.core.step;

import fr.plie.core.common.Id;

/** The identifier of a step within a parcours. */
public record StepId(String value) {
    /**
     * Checks the identifier's syntax.
     *
     * @param value 1 to 64 letters, digits, dots, dashes, colons or underscores
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public StepId {
        Id.require(value, "StepId");
    }

    /**
     * The identifier {@code value}.
     *
     * @param value 1 to 64 letters, digits, dots, dashes, colons or underscores
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static StepId of(String value) {
        return new StepId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
