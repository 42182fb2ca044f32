package fr.plie.core.admission;

import java.time.LocalDate;
import java.util.Objects;

/**
 * From {@code from}, {@code referent} follows the parcours; the assignment lasts until the next one. The
 * history answers "who followed whom and when", which users of parcours software ask for.
 */
public record ReferentAssignment(ReferentId referent, LocalDate from) {
    public ReferentAssignment {
        Objects.requireNonNull(referent, "referent");
        Objects.requireNonNull(from, "from");
    }
}
