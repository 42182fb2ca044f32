package fr.plie.adapter.jdbc;

import java.time.Period;
import java.util.Objects;

/**
 * A PLIE's two retention clocks (GDPR storage limitation, docs/persistence.md): personal data (name, contact) are
 * erased {@code personalData} after the participant's last contact, the pseudonymous profile and the parcours
 * staying for the indicators; closed parcours, their evidence and their ESF+ answers are kept for the ESF archive
 * period {@code archive} after closure, then purged.
 */
public record RetentionPolicy(Period personalData, Period archive) {
    /**
     * Two years of inactivity, as peer tools do; the ESF archive period must be set by the PLIE.
     *
     * @param archive the ESF archive period
     * @return the policy
     */
    public static RetentionPolicy twoYearsInactivity(Period archive) {
        return new RetentionPolicy(Period.ofYears(2), archive);
    }

    /**
     * Checks the periods.
     *
     * @param personalData how long after the last contact personal data are kept
     * @param archive how long after closure a parcours is kept
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a period is not positive
     */
    public RetentionPolicy {
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(archive, "archive");
        if (personalData.isNegative() || personalData.isZero() || archive.isNegative() || archive.isZero()) {
            throw new IllegalArgumentException("retention periods are positive");
        }
    }
}
