package fr.plie.adapter.jdbc;

import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.ParticipantId;
import java.util.List;

/**
 * What the retention clocks take away on a date: the participants whose personal data are erased (no contact for
 * the personal-data period) and the closed parcours purged (archive period over). A dry run returns it unapplied.
 */
public record RetentionPlan(List<ParticipantId> personalDataErased, List<ParcoursId> parcoursPurged) {
    /**
     * Copies the lists, so the plan stays immutable.
     *
     * @param personalDataErased the participants whose personal data are erased
     * @param parcoursPurged the closed parcours purged
     */
    public RetentionPlan {
        personalDataErased = List.copyOf(personalDataErased);
        parcoursPurged = List.copyOf(parcoursPurged);
    }
}
