package fr.plie.export.esf;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The traceability of an ESF+ participant file, written at its top: who extracted it, when, and with which filter
 * (the operation comes with the rows).
 *
 * @param who the user or system that ran the extraction (an account name, not a participant)
 * @param filter how the rows were chosen, in words (e.g. "toutes les entrées de l'opération")
 */
public record EsfFileHeader(String who, OffsetDateTime when, String filter) {
    /**
     * Checks that no component is missing.
     *
     * @param who the user or system that ran the extraction (an account name, not a participant)
     * @param when when it ran
     * @param filter how the rows were chosen, in words
     * @throws NullPointerException if a component is null
     */
    public EsfFileHeader {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(filter, "filter");
    }
}
