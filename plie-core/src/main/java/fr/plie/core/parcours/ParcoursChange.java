package fr.plie.core.parcours;

import java.util.List;
import java.util.Objects;

/** The result of an accepted command: the parcours after it and the event that records it. */
public record ParcoursChange(Parcours parcours, ParcoursEvent event) {
    /**
     * Checks that no component is missing.
     *
     * @param parcours the parcours after the command
     * @param event the event that records the command
     * @throws NullPointerException if {@code parcours} or {@code event} is null
     */
    public ParcoursChange {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(event, "event");
    }

    /**
     * The version a store must still hold for {@code changes} to be saved: the one before the first change.
     *
     * @param changes consecutive changes of one parcours, oldest first
     * @return the version before the first change
     * @throws IllegalArgumentException if {@code changes} is empty, or its changes are not of one parcours with
     *     versions increasing by one
     */
    public static long expectedVersion(List<ParcoursChange> changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("no change to save");
        }
        Parcours first = changes.get(0).parcours();
        for (int i = 1; i < changes.size(); i++) {
            Parcours p = changes.get(i).parcours();
            if (!p.id().equals(first.id()) || p.version() != first.version() + i) {
                throw new IllegalArgumentException("change " + i + " does not follow change " + (i - 1));
            }
        }
        return first.version() - 1;
    }

    /**
     * The parcours after the last of {@code changes}.
     *
     * @param changes changes, oldest first
     * @return the last change's parcours
     * @throws IllegalArgumentException if {@code changes} is empty
     */
    public static Parcours last(List<ParcoursChange> changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("no change to save");
        }
        return changes.get(changes.size() - 1).parcours();
    }
}
