package fr.plie.rules.exit;

/** How temporary-work missions ("missions d'intérim") count towards a positive exit. */
public enum TemporaryWorkRule {
    /** Missions are steps of the parcours, never an exit (seed 000: "missions d'intérim" are "étapes"). */
    NOT_COUNTED,
    /**
     * Missions that follow one another without a day's interruption add up to the threshold (national guide
     * 2010: "missions totalling 6 months without interruption").
     */
    CONSECUTIVE_MISSIONS,
    /**
     * The days of missions within the rolling window ending on a day add up, gaps allowed (seed 004: "au moins
     * 6 mois dans les 12 derniers mois").
     */
    TOTAL_WITHIN_WINDOW
}
