package fr.plie.reporting.indicator;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Profile;
import java.util.Objects;

/**
 * What the indicators read: a parcours with its participant's pseudonymous {@link Profile} (sex, age, QPV,
 * status at entry). No name or contact ever reaches the reporting.
 */
public record ReportedParcours(Parcours parcours, Profile profile) {
    /**
     * Checks that no component is missing.
     *
     * @param parcours the parcours
     * @param profile its participant's pseudonymous profile
     * @throws NullPointerException if a component is null
     */
    public ReportedParcours {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(profile, "profile");
    }
}
