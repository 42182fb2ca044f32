package fr.plie.core.participant;

import fr.plie.core.common.Id;

/** The pseudonymous identifier of a participant: the only way plie names a person in messages and logs. */
public record ParticipantId(String value) {
    /**
     * Checks the identifier's syntax.
     *
     * @param value 1 to 64 letters, digits, dots, dashes, colons or underscores
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public ParticipantId {
        Id.require(value, "ParticipantId");
    }

    /**
     * The identifier {@code value}.
     *
     * @param value 1 to 64 letters, digits, dots, dashes, colons or underscores
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static ParticipantId of(String value) {
        return new ParticipantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
