package fr.plie.reporting.indicator;

import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.Sex;
import java.util.ArrayList;
import java.util.List;

/** Mutable counts per indicator and sex, with the parcours behind them when drilling down. */
final class Tally {
    private static final int SEXES = Sex.values().length;
    private static final Indicator[] INDICATORS = Indicator.values();

    private final long[] counts = new long[INDICATORS.length * SEXES];
    private final List<List<ParcoursId>> ids;

    Tally(boolean drillDown) {
        if (drillDown) {
            ids = new ArrayList<>(INDICATORS.length);
            for (int i = 0; i < INDICATORS.length; i++) {
                ids.add(new ArrayList<>());
            }
        } else {
            ids = null;
        }
    }

    void hit(Indicator indicator, Sex sex, ParcoursId parcours) {
        hit(indicator, sex, parcours, 1);
    }

    /** Counts {@code n} (interviews, steps...) for one parcours, which is listed once. */
    void hit(Indicator indicator, Sex sex, ParcoursId parcours, int n) {
        if (n == 0) {
            return;
        }
        counts[indicator.ordinal() * SEXES + sex.ordinal()] += n;
        if (ids != null) {
            ids.get(indicator.ordinal()).add(parcours);
        }
    }

    long total(Indicator indicator) {
        long sum = 0;
        for (int s = 0; s < SEXES; s++) {
            sum += counts[indicator.ordinal() * SEXES + s];
        }
        return sum;
    }

    void merge(Tally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        if (ids != null) {
            for (int i = 0; i < INDICATORS.length; i++) {
                ids.get(i).addAll(other.ids.get(i));
            }
        }
    }

    /** Restores the counts of a snapshot (which has no ids). */
    void set(Indicator indicator, Figure figure) {
        int base = indicator.ordinal() * SEXES;
        counts[base + Sex.FEMALE.ordinal()] = figure.women();
        counts[base + Sex.MALE.ordinal()] = figure.men();
        counts[base + Sex.NON_BINARY.ordinal()] = figure.nonBinary();
    }

    Figure figure(Indicator indicator) {
        int base = indicator.ordinal() * SEXES;
        long women = counts[base + Sex.FEMALE.ordinal()];
        long men = counts[base + Sex.MALE.ordinal()];
        long nonBinary = counts[base + Sex.NON_BINARY.ordinal()];
        return new Figure(
                women + men + nonBinary,
                women,
                men,
                nonBinary,
                ids == null ? List.of() : Sorting.sorted(ids.get(indicator.ordinal())));
    }
}
