package fr.plie.core.parcours;

import fr.plie.core.participant.Participant;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A parcours and the participant it belongs to, as a report reads them: the indicators of the PLIE's annual report
 * are broken down by the participant's profile (DOMAIN.md, reporting). The participant is empty when the store
 * holds the parcours without it, so that the reader names both ids rather than silently skipping the parcours.
 *
 * @param parcours the parcours
 * @param participant its participant, if stored
 */
public record ParcoursWithParticipant(Parcours parcours, Option<Participant> participant) {
    /**
     * Checks that both are given and belong together.
     *
     * @param parcours the parcours
     * @param participant its participant, if stored
     */
    public ParcoursWithParticipant {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(participant, "participant");
        if (participant.exists(p -> !p.id().equals(parcours.participant()))) {
            throw new IllegalArgumentException("parcours " + parcours.id() + " belongs to " + parcours.participant()
                    + ", not " + participant.get().id());
        }
    }

    @Override
    public String toString() {
        return "ParcoursWithParticipant[" + parcours.id() + ", " + parcours.participant() + "]";
    }
}
