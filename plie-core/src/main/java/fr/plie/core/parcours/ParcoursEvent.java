package fr.plie.core.parcours;

import java.time.Instant;
import java.util.Objects;

/**
 * A command the lifecycle accepted: what happened to which parcours, which version it produced, and when it was
 * recorded (from the injected clock, not the business date inside the command).
 */
public record ParcoursEvent(ParcoursId parcours, long version, Instant recordedAt, ParcoursCommand command) {
    public ParcoursEvent {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(command, "command");
    }

    /** A stable name for the event, such as {@code StartStep}, for audit trails and exports. */
    public String type() {
        return command.getClass().getSimpleName();
    }
}
