package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.ParticipantId;
import java.time.LocalDate;
import java.util.Objects;

/** An ESF+ answer that blocks the reporting of a participant-operation, and the day it is due. */
public record MissingAnswer(
        ParticipantId participant,
        ParcoursId parcours,
        EsfOperationId operation,
        EsfQuestion question,
        LocalDate dueOn) {
    /**
     * Checks that no component is missing.
     *
     * @param participant the participant's pseudonymous id
     * @param parcours the parcours' id
     * @param operation the operation
     * @param question the question not answered
     * @param dueOn the day the answer is due
     * @throws NullPointerException if a component is null
     */
    public MissingAnswer {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /**
     * Whether the answer is past its due day on {@code day}.
     *
     * @param day the day
     * @return whether it is overdue
     */
    public boolean isOverdueOn(LocalDate day) {
        return day.isAfter(dueOn);
    }
}
