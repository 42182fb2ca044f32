package fr.plie.benchmarks.data;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import fr.plie.reporting.indicator.ReportedParcours;
import java.util.Objects;

/**
 * One generated parcours with its participant (pseudonymous: no personal data), as a PLIE's software would
 * export it.
 */
public record GeneratedParcours(Participant participant, Parcours parcours) {
    public GeneratedParcours {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(parcours, "parcours");
    }

    /** What the indicators read: the parcours and its participant's profile. */
    public ReportedParcours reported() {
        return new ReportedParcours(parcours, participant.profile());
    }
}
