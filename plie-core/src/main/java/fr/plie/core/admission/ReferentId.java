package fr.plie.core.admission;

import fr.plie.core.common.Id;

/** The identifier of a referent ("référent de parcours", "accompagnateur emploi"). */
public record ReferentId(String value) {
    public ReferentId {
        Id.require(value, "ReferentId");
    }

    public static ReferentId of(String value) {
        return new ReferentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
