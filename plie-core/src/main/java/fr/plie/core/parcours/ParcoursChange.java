package fr.plie.core.parcours;

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
}
