package fr.plie.reporting.indicator;

import fr.plie.core.parcours.ParcoursId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts of durations per day: a median that merges exactly (two halves' histograms add up to the whole's),
 * in memory proportional to the longest duration, not to the number of parcours.
 */
final class DayHistogram {
    private long[] perDay = new long[1024];
    private long count;
    private final List<ParcoursId> ids;

    DayHistogram(boolean drillDown) {
        ids = drillDown ? new ArrayList<>() : null;
    }

    void add(int days, ParcoursId parcours) {
        if (days < 0) {
            return;
        }
        ensure(days + 1);
        perDay[days]++;
        count++;
        if (ids != null) {
            ids.add(parcours);
        }
    }

    /** The days that have a count, day to count. */
    java.util.SortedMap<Integer, Long> perDay() {
        java.util.SortedMap<Integer, Long> days = new java.util.TreeMap<>();
        for (int d = 0; d < perDay.length; d++) {
            if (perDay[d] > 0) {
                days.put(d, perDay[d]);
            }
        }
        return days;
    }

    /** Adds {@code n} durations of {@code days} (a snapshot's histogram, which has no ids). */
    void addCount(int days, long n) {
        if (days < 0 || n < 0) {
            throw new IllegalArgumentException("days and counts are not negative");
        }
        ensure(days + 1);
        perDay[days] += n;
        count += n;
    }

    void merge(DayHistogram other) {
        ensure(other.perDay.length);
        for (int d = 0; d < other.perDay.length; d++) {
            perDay[d] += other.perDay[d];
        }
        count += other.count;
        if (ids != null) {
            ids.addAll(other.ids);
        }
    }

    Median median() {
        List<ParcoursId> sortedIds = ids == null ? List.of() : Sorting.sorted(ids);
        if (count == 0) {
            return new Median(0, Option.none(), sortedIds);
        }
        long lower = valueAtRank((count - 1) / 2);
        long upper = valueAtRank(count / 2);
        BigDecimal median =
                BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
        return new Median(count, Option.some(median), sortedIds);
    }

    /** The duration at 0-based {@code rank} in ascending order. */
    private long valueAtRank(long rank) {
        long seen = 0;
        for (int d = 0; d < perDay.length; d++) {
            seen += perDay[d];
            if (seen > rank) {
                return d;
            }
        }
        throw new IllegalStateException("rank beyond count");
    }

    private void ensure(int length) {
        if (perDay.length < length) {
            perDay = Arrays.copyOf(perDay, Math.max(length, perDay.length * 2));
        }
    }
}
