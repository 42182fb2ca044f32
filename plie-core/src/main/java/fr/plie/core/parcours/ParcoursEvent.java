package fr.plie.core.parcours;

import java.time.Instant;
import java.util.Objects;

/**
 * A command the lifecycle accepted: what happened to which parcours, which version it produced, and when it was
 * recorded (from the injected clock, not the business date inside the command).
 */
public record ParcoursEvent(ParcoursId parcours, long version, Instant recordedAt, ParcoursCommand command) {
    /**
     * Checks that no component is missing.
     *
     * @param parcours the parcours' id
     * @param version the version the command produced
     * @param recordedAt when it was recorded, from the injected clock
     * @param command the accepted command
     * @throws NullPointerException if {@code parcours}, {@code recordedAt} or {@code command} is null
     */
    public ParcoursEvent {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(command, "command");
    }

    /**
     * A stable name for the event, such as {@code StartStep}, for audit trails and exports.
     *
     * @return the simple name of the command's type
     */
    public String type() {
        return command.getClass().getSimpleName();
    }
}
