package fr.plie.core.esf;

import fr.plie.core.common.Id;

/** The identifier of an ESF+ operation, as the managing authority numbers it. */
public record EsfOperationId(String value) {
    /**
     * Checks the identifier's syntax.
     *
     * @param value 1 to 64 letters, digits, dots, dashes, colons or underscores
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public EsfOperationId {
        Id.require(value, "EsfOperationId");
    }

    /**
     * The identifier {@code value}.
     *
     * @param value 1 to 64 letters, digits, dots, dashes, colons or underscores
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static EsfOperationId of(String value) {
        return new EsfOperationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
