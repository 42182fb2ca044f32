package fr.plie.core.parcours;

import fr.plie.core.common.Id;

/** The identifier of a parcours. */
public record ParcoursId(String value) {
    /**
     * Checks the identifier's syntax.
     *
     * @param value 1 to 64 letters, digits, dots, dashes, colons or underscores
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public ParcoursId {
        Id.require(value, "ParcoursId");
    }

    /**
     * The identifier {@code value}.
     *
     * @param value 1 to 64 letters, digits, dots, dashes, colons or underscores
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static ParcoursId of(String value) {
        return new ParcoursId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
