package fr.plie.rules.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The ESF control of a set of parcours on a day: the lines found, in the order the parcours came, and the totals.
 *
 * @param asOf the day of the control
 * @param policy the name of the exit policy applied (of the schedule, when several)
 * @param findings every line of the three lists
 * @param totals the counts a PLIE reports with the control
 */
public record AuditReport(LocalDate asOf, String policy, List<AuditFinding> findings, Totals totals) {
    /**
     * @param parcours parcours read
     * @param exitsRecorded parcours with an exit recorded (proposed or validated)
     * @param positiveRecorded of which recorded as positive
     * @param supported recorded positive exits the rules support (evidence complete or not)
     * @param unsupported recorded positive exits the rules do not support
     * @param notProposed positive exits the rules reach, not proposed
     * @param evidenceLacking supported positive exits whose evidence is missing or too old
     */
    public record Totals(
            long parcours,
            long exitsRecorded,
            long positiveRecorded,
            long supported,
            long unsupported,
            long notProposed,
            long evidenceLacking) {}

    /**
     * Copies the findings, so the report stays immutable.
     *
     * @param asOf the day of the control
     * @param policy the name of the exit policy applied (of the schedule, when several)
     * @param findings every line of the three lists
     * @param totals the counts a PLIE reports with the control
     * @throws NullPointerException if a component is null
     */
    public AuditReport {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policy, "policy");
        findings = List.copyOf(findings);
        Objects.requireNonNull(totals, "totals");
    }

    /**
     * The lines of one list.
     *
     * @param kind the list
     * @return its lines, in the report's order
     */
    public List<AuditFinding> findings(AuditFinding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
