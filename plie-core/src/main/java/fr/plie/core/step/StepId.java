package fr.plie.core.step;

import fr.plie.core.common.Id;

/** The identifier of a step within a parcours. */
public record StepId(String value) {
    public StepId {
        Id.require(value, "StepId");
    }

    public static StepId of(String value) {
        return new StepId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
