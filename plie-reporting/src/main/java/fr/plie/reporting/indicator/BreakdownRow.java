package fr.plie.reporting.indicator;

import fr.plie.core.parcours.ParcoursId;
import java.util.List;

/**
 * The main figures for one value of a {@link Dimension} (a referent, a commune, a month...).
 *
 * @param key the referent id, operator name, INSEE code, EPCI name or {@code yyyy-MM}; {@code ?} when unknown
 * @param parcours with drill-down, every parcours counted in any of the figures, sorted
 */
public record BreakdownRow(
        Dimension dimension,
        String key,
        long active,
        long entries,
        long exits,
        long positiveExits,
        List<ParcoursId> parcours) {
    /** The key of the parcours whose referent, EPCI or sector is not recorded. */
    public static final String UNKNOWN = "?";

    /**
     * Copies the parcours ids, so the row stays immutable.
     *
     * @param dimension the breakdown's dimension
     * @param key the referent id, operator name, INSEE code, EPCI name or {@code yyyy-MM}; {@code ?} when unknown
     * @param active participants of the active file
     * @param entries entries
     * @param exits exits pronounced
     * @param positiveExits positive exits
     * @param parcours with drill-down, every parcours counted in any of the figures, sorted
     */
    public BreakdownRow {
        parcours = List.copyOf(parcours);
    }
}
