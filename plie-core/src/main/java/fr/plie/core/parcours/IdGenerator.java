package fr.plie.core.parcours;

import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.StepId;

/** Port: where new identifiers come from, so the domain never draws random ids itself. */
public interface IdGenerator {
    ParticipantId nextParticipantId();

    ParcoursId nextParcoursId();

    StepId nextStepId();
}
