package fr.plie.rules.alert;

import fr.plie.core.parcours.Parcours;
import java.time.LocalDate;

/**
 * The question alerts ask the exit rules: can a positive exit be pronounced for this parcours on this date, and
 * what evidence is missing? Kept as a small port so alerts do not depend on a particular exit engine: plug in
 * the PLIE's exit engine (an adapter of its assessment), or {@link #unknown()} to raise no exit alert.
 */
@FunctionalInterface
public interface ExitReadiness {
    /**
     * What the exit rules say about {@code parcours} on {@code asOf}.
     *
     * @param parcours the parcours
     * @param asOf the day of the check
     * @return the readiness
     */
    Readiness check(Parcours parcours, LocalDate asOf);

    /**
     * Knows of no exit: the exit alerts never fire.
     *
     * @return a readiness that is never ready
     */
    static ExitReadiness unknown() {
        return (parcours, asOf) -> Readiness.notReady();
    }
}
