package fr.plie.adapter.jdbc;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import java.util.Objects;

/**
 * A parcours and the participant it belongs to, as reporting needs them together: the indicators of the PLIE's
 * annual report (entries, exits, positive exits) are broken down by the participant's profile (DOMAIN.md,
 * reporting). Read by {@link PlieRepositories#streamActiveInWithParticipants}; from pseudonymised repositories
 * the participant carries no personal data.
 *
 * @param parcours the parcours
 * @param participant its participant
 */
public record ParcoursWithParticipant(Parcours parcours, Participant participant) {
    /** Checks that both are given and belong together. */
    public ParcoursWithParticipant {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(participant, "participant");
        if (!parcours.participant().equals(participant.id())) {
            throw new IllegalArgumentException("parcours " + parcours.id() + " belongs to " + parcours.participant()
                    + ", not " + participant.id());
        }
    }

    @Override
    public String toString() {
        return "ParcoursWithParticipant[" + parcours.id() + ", " + participant.id() + "]";
    }
}
