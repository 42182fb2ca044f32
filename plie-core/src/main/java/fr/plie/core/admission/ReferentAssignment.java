package fr.plie.core.admission;

import java.time.LocalDate;
import java.util.Objects;

/**
 * From {@code from}, {@code referent} follows the parcours; the assignment lasts until the next one. The
 * history answers "who followed whom and when", which users of parcours software ask for.
 */
public record ReferentAssignment(ReferentId referent, LocalDate from) {
    /**
     * Checks that no component is missing.
     *
     * @param referent the referent who follows the parcours
     * @param from the first day they follow it
     * @throws NullPointerException if {@code referent} or {@code from} is null
     */
    public ReferentAssignment {
        Objects.requireNonNull(referent, "referent");
        Objects.requireNonNull(from, "from");
    }
}
