package fr.plie.reporting.indicator;

import fr.plie.core.admission.ReferentId;
import fr.plie.core.parcours.ParcoursId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.List;

/**
 * A referent's caseload: the participants they follow on the period's last day, per full-time equivalent,
 * against the capacity (seed 004: 90 participants for a full-time referent).
 *
 * @param referent none for the participants with no referent assigned
 * @param parcours with drill-down, the parcours followed, sorted
 * @param fte none when the referent's working time was not given in {@link ReportingOptions}
 */
public record Caseload(
        Option<ReferentId> referent,
        long participants,
        Option<BigDecimal> fte,
        int capacityPerFte,
        List<ParcoursId> parcours) {
    /**
     * Copies the parcours ids, so the caseload stays immutable.
     *
     * @param referent none for the participants with no referent assigned
     * @param participants the participants followed
     * @param fte none when the referent's working time was not given in {@link ReportingOptions}
     * @param capacityPerFte the participants a full-time referent may follow
     * @param parcours with drill-down, the parcours followed, sorted
     */
    public Caseload {
        parcours = List.copyOf(parcours);
    }

    /**
     * Participants per FTE, with 2 decimals.
     *
     * @return participants per FTE, none without a positive FTE
     */
    public Option<BigDecimal> perFte() {
        return fte.filter(f -> f.signum() > 0)
                .map(f -> BigDecimal.valueOf(participants).divide(f, 2, java.math.RoundingMode.HALF_EVEN));
    }

    /** {@return whether the participants per FTE exceed the capacity; none without a positive FTE} */
    public Option<Boolean> overCapacity() {
        return perFte().map(p -> p.compareTo(BigDecimal.valueOf(capacityPerFte)) > 0);
    }
}
