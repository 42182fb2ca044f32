package fr.plie.adapter.jdbc;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One line of an import file: a parcours and, when the line carries it, its participant. The line number
 * locates every conflict the import reports.
 *
 * @param line the 1-based line of the file
 */
public record ImportLine(long line, Parcours parcours, Option<Participant> participant) {
    /**
     * Checks that the participant is the parcours' participant.
     *
     * @param line the 1-based line of the file
     * @param parcours the parcours
     * @param participant its participant, if the line carries it
     * @throws NullPointerException if {@code parcours} or {@code participant} is null
     * @throws IllegalArgumentException if the participant is not the parcours' participant
     */
    public ImportLine {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(participant, "participant");
        if (participant.exists(p -> !p.id().equals(parcours.participant()))) {
            throw new IllegalArgumentException("the participant of an import line is the parcours' participant");
        }
    }
}
