package fr.plie.reporting.indicator;

import fr.plie.core.parcours.ParcoursId;
import java.util.ArrayList;
import java.util.List;

/** The mutable figures of one breakdown value. */
final class Cell {
    long active;
    long entries;
    long exits;
    long positiveExits;
    final List<ParcoursId> ids;

    Cell(boolean drillDown) {
        ids = drillDown ? new ArrayList<>() : null;
    }

    void add(ParcoursId id, boolean entered, boolean exited, boolean positive) {
        active++;
        if (entered) {
            entries++;
        }
        if (exited) {
            exits++;
            if (positive) {
                positiveExits++;
            }
        }
        if (ids != null) {
            ids.add(id);
        }
    }

    void merge(Cell other) {
        active += other.active;
        entries += other.entries;
        exits += other.exits;
        positiveExits += other.positiveExits;
        if (ids != null) {
            ids.addAll(other.ids);
        }
    }

    CellCounts counts() {
        return new CellCounts(active, entries, exits, positiveExits);
    }

    void set(CellCounts counts) {
        active = counts.active();
        entries = counts.entries();
        exits = counts.exits();
        positiveExits = counts.positiveExits();
    }

    BreakdownRow row(Dimension dimension, String key) {
        return new BreakdownRow(
                dimension, key, active, entries, exits, positiveExits, ids == null ? List.of() : Sorting.sorted(ids));
    }
}
