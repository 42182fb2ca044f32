package fr.plie.reporting.indicator;

import fr.plie.core.parcours.ParcoursId;
import java.util.Comparator;
import java.util.List;

/** Drill-down lists are sorted, so a report does not depend on the order parcours were added or merged. */
final class Sorting {
    private Sorting() {}

    static List<ParcoursId> sorted(List<ParcoursId> ids) {
        return ids.stream().sorted(Comparator.comparing(ParcoursId::value)).toList();
    }
}
