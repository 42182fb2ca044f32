package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfOperation;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One participant in one ESF+ operation: the row of the ESF+ participant file and the unit of the per-operation
 * indicators.
 *
 * @param entry the day the participant entered the operation
 * @param exit the day the participant left the operation, none while in it
 * @param leftParcours whether {@code exit} is the parcours' validated exit (not the operation's end)
 */
public record ParticipantOperation(
        ParcoursId parcours,
        ParticipantId participant,
        EsfOperation operation,
        LocalDate entry,
        Option<LocalDate> exit,
        boolean leftParcours) {
    /**
     * Checks the dates.
     *
     * @param parcours the parcours' id
     * @param participant the participant's pseudonymous id
     * @param operation the operation
     * @param entry the day the participant entered the operation
     * @param exit the day the participant left the operation, none while in it
     * @param leftParcours whether {@code exit} is the parcours' validated exit (not the operation's end)
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code exit} is before {@code entry}
     */
    public ParticipantOperation {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(exit, "exit");
        if (exit.exists(e -> e.isBefore(entry))) {
            throw new IllegalArgumentException("an operation is left on or after it is entered");
        }
    }
}
