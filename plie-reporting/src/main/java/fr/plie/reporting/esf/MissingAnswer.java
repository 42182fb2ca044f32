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
    public MissingAnswer {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    public boolean isOverdueOn(LocalDate day) {
        return day.isAfter(dueOn);
    }
}
