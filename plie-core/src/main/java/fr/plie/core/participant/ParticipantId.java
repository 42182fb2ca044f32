package fr.plie.core.participant;

import fr.plie.core.common.Id;

/** The pseudonymous identifier of a participant: the only way plie names a person in messages and logs. */
public record ParticipantId(String value) {
    public ParticipantId {
        Id.require(value, "ParticipantId");
    }

    public static ParticipantId of(String value) {
        return new ParticipantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
