package fr.plie.core.esf;

import fr.plie.core.parcours.ReportingPeriod;
import java.util.Objects;

/**
 * An ESF+ operation a PLIE declares: the unit the co-funder follows ("one participant = one operation"). PLIEs
 * often run yearly operations, so a parcours may span several of them.
 *
 * @param period the operation's period, both ends included
 * @param carryingStructure the organisation carrying the operation (the PLIE's association or its OI)
 */
public record EsfOperation(EsfOperationId id, ReportingPeriod period, String carryingStructure, String label) {
    /**
     * Checks that no component is missing.
     *
     * @param id the operation's identifier
     * @param period the operation's period, both ends included
     * @param carryingStructure the organisation carrying the operation (the PLIE's association or its OI)
     * @param label the operation's name, as the co-funder knows it
     * @throws NullPointerException if a component is null
     */
    public EsfOperation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(carryingStructure, "carryingStructure");
        Objects.requireNonNull(label, "label");
    }
}
