package fr.plie.adapter.json;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A parcours document of the exchange format: a stored parcours and, optionally, its participant (one NDJSON
 * line of an export). When present, the participant is the parcours' participant.
 */
public record ParcoursDocument(Parcours parcours, Option<Participant> participant) {
    /**
     * Checks that the participant is the parcours' participant.
     *
     * @param parcours the parcours
     * @param participant its participant, if the document holds it
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the participant is not the parcours' participant
     */
    public ParcoursDocument {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(participant, "participant");
        if (participant.exists(p -> !p.id().equals(parcours.participant()))) {
            throw new IllegalArgumentException("the participant of a parcours document is the parcours' participant");
        }
    }

    /**
     * A document holding the parcours alone.
     *
     * @param parcours the parcours
     * @return the document
     */
    public static ParcoursDocument of(Parcours parcours) {
        return new ParcoursDocument(parcours, Option.none());
    }

    /**
     * A document holding the parcours and its participant.
     *
     * @param parcours the parcours
     * @param participant its participant
     * @return the document
     * @throws IllegalArgumentException if the participant is not the parcours' participant
     */
    public static ParcoursDocument of(Parcours parcours, Participant participant) {
        return new ParcoursDocument(parcours, Option.some(participant));
    }
}
