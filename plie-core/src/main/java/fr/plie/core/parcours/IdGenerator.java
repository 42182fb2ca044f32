package fr.plie.core.parcours;

import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.StepId;

/** Port: where new identifiers come from, so the domain never draws random ids itself. */
public interface IdGenerator {
    /** {@return a participant id never given before} */
    ParticipantId nextParticipantId();

    /** {@return a parcours id never given before} */
    ParcoursId nextParcoursId();

    /** {@return a step id never given before} */
    StepId nextStepId();
}
