package fr.plie.reporting.indicator;

import fr.plie.core.parcours.ReportingPeriod;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything an {@link IndicatorAccumulator} keeps, as plain values, so that a PLIE can hand its figures to
 * another PLIE or to the national network, which merges them into exactly the figures of one pass over everything.
 * It holds counts, day histograms and the names of actions, offers, referents, operators, communes and sectors:
 * no person (an accumulator computed with drill-down has no snapshot). The JSON adapter writes it as the
 * {@code indicator-accumulator} document.
 *
 * @param counts per indicator, by sex (the ids of {@link Figure} are always empty here)
 * @param parcoursLength days from entry to exit of the exits, day to count
 * @param months one cell per month of the period, in order
 */
public record AccumulatorSnapshot(
        ReportingPeriod period,
        ReportingOptions options,
        Map<Indicator, Figure> counts,
        SortedMap<Integer, Long> parcoursLength,
        SortedMap<Integer, Long> timeToFirstEmployment,
        Set<String> financedActions,
        Set<String> offers,
        SortedMap<String, CellCounts> sectors,
        SortedMap<String, CellCounts> caseloads,
        Map<Dimension, SortedMap<String, CellCounts>> breakdowns,
        List<CellCounts> months) {
    /**
     * Checks that the snapshot holds no parcours id and copies every collection.
     *
     * @param period the period
     * @param options the options the figures were computed with, without drill-down
     * @param counts per indicator, by sex (the ids of {@link Figure} are always empty here)
     * @param parcoursLength days from entry to exit of the exits, day to count
     * @param timeToFirstEmployment days from entry to the first employment contract, day to count
     * @param financedActions the names of the financed actions mobilised
     * @param offers the references of the job offers placed on
     * @param sectors the counts by sector
     * @param caseloads the counts by referent
     * @param breakdowns the counts by referent, operator, commune and EPCI
     * @param months one cell per month of the period, in order
     * @throws NullPointerException if {@code period} or {@code options} is null
     * @throws IllegalArgumentException if the options keep parcours ids or a figure holds some
     */
    public AccumulatorSnapshot {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(options, "options");
        if (options.drillDown()) {
            throw new IllegalArgumentException("a snapshot holds no parcours id: compute it without drill-down");
        }
        Map<Indicator, Figure> all = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            Figure figure = counts.getOrDefault(indicator, Figure.ZERO);
            if (!figure.parcours().isEmpty()) {
                throw new IllegalArgumentException("a snapshot holds no parcours id");
            }
            all.put(indicator, figure);
        }
        counts = java.util.Collections.unmodifiableMap(all);
        parcoursLength = unmodifiable(parcoursLength);
        timeToFirstEmployment = unmodifiable(timeToFirstEmployment);
        financedActions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(financedActions));
        offers = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(offers));
        sectors = unmodifiable(sectors);
        caseloads = unmodifiable(caseloads);
        Map<Dimension, SortedMap<String, CellCounts>> byDimension = new EnumMap<>(Dimension.class);
        for (Dimension dimension : List.of(Dimension.REFERENT, Dimension.OPERATOR, Dimension.COMMUNE, Dimension.EPCI)) {
            byDimension.put(dimension, unmodifiable(breakdowns.getOrDefault(dimension, new TreeMap<>())));
        }
        breakdowns = java.util.Collections.unmodifiableMap(byDimension);
        months = List.copyOf(months);
        long expectedMonths = java.time.YearMonth.from(period.from())
                        .until(java.time.YearMonth.from(period.to()), java.time.temporal.ChronoUnit.MONTHS)
                + 1;
        if (months.size() != expectedMonths) {
            throw new IllegalArgumentException("one cell per month of the period");
        }
    }

    private static <K extends Comparable<K>, V> SortedMap<K, V> unmodifiable(SortedMap<K, V> map) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
