package fr.plie.core.parcours;

import fr.plie.core.common.Id;

/** The identifier of a parcours. */
public record ParcoursId(String value) {
    public ParcoursId {
        Id.require(value, "ParcoursId");
    }

    public static ParcoursId of(String value) {
        return new ParcoursId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
