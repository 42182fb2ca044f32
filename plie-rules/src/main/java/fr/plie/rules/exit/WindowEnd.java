package fr.plie.rules.exit;

/**
 * Which rolling window counts for temporary work and seasonal work: seed 004's "au moins 6 mois dans les 12
 * derniers mois" reads the twelve months before the exit.
 */
public enum WindowEnd {
    /** Any window: missions that once totalled the minimum within a window count, however long ago. */
    ANY_DAY,
    /**
     * The window ending on the proposed exit's date, or on the assessment date while no exit is proposed; a
     * window reached later (planned missions) projects the exit to that day.
     */
    EXIT_OR_ASSESSMENT_DATE
}
