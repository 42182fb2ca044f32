package fr.plie.core.admission;

import fr.plie.core.common.Id;

/** The identifier of a referent ("référent de parcours", "accompagnateur emploi"). */
public record ReferentId(String value) {
    /**
     * Checks the identifier's syntax.
     *
     * @param value 1 to 64 letters, digits, dots, dashes, colons or underscores
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public ReferentId {
        Id.require(value, "ReferentId");
    }

    /**
     * The identifier {@code value}.
     *
     * @param value 1 to 64 letters, digits, dots, dashes, colons or underscores
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static ReferentId of(String value) {
        return new ReferentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
