package fr.plie.reporting.indicator;

import fr.plie.core.parcours.ParcoursId;
import java.util.List;

/**
 * One counted figure with its breakdown by gender (ESF+ asks every personal indicator by gender) and, when the
 * report was computed with drill-down, the pseudonymous ids of the parcours it counted, sorted.
 */
public record Figure(long total, long women, long men, long nonBinary, List<ParcoursId> parcours) {
    /** The figure that counts nothing. */
    public static final Figure ZERO = new Figure(0, 0, 0, 0, List.of());

    /**
     * Checks the gender breakdown and copies the parcours ids.
     *
     * @param total the parcours counted
     * @param women those of women
     * @param men those of men
     * @param nonBinary those of non-binary people
     * @param parcours with drill-down, the parcours counted, sorted
     * @throws IllegalArgumentException if the breakdown does not add up to the total
     */
    public Figure {
        parcours = List.copyOf(parcours);
        if (women + men + nonBinary != total) {
            throw new IllegalArgumentException("the gender breakdown must add up to the total");
        }
    }
}
