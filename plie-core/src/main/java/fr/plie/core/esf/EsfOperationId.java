package fr.plie.core.esf;

import fr.plie.core.common.Id;

/** The identifier of an ESF+ operation, as the managing authority numbers it. */
public record EsfOperationId(String value) {
    public EsfOperationId {
        Id.require(value, "EsfOperationId");
    }

    public static EsfOperationId of(String value) {
        return new EsfOperationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
