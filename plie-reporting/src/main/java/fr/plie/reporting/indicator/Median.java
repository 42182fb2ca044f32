package fr.plie.reporting.indicator;

import fr.plie.core.parcours.ParcoursId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.List;

/**
 * An exact median of durations in days (parcours length, time to first employment), computed from a mergeable
 * histogram of days; with an even count it is the mean of the two middle values.
 *
 * @param count how many durations it was computed over
 * @param days none when there were none
 */
public record Median(long count, Option<BigDecimal> days, List<ParcoursId> parcours) {
    /**
     * Copies the parcours ids, so the median stays immutable.
     *
     * @param count how many durations it was computed over
     * @param days none when there were none
     * @param parcours with drill-down, the parcours whose durations were counted, sorted
     */
    public Median {
        parcours = List.copyOf(parcours);
    }
}
