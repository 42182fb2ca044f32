package fr.plie.core.parcours;

import java.util.Objects;

/** The result of an accepted command: the parcours after it and the event that records it. */
public record ParcoursChange(Parcours parcours, ParcoursEvent event) {
    public ParcoursChange {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(event, "event");
    }
}
