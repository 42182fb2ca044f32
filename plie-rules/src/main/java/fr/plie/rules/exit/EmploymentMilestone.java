package fr.plie.rules.exit;

/**
 * When a job starts to count as a positive exit: the first row of the seeds' table.
 *
 * <p>In every case a fixed-term contract must also have lasted the policy's fixed-term threshold; the
 * milestones differ on when a CDI counts and whether the follow-up period must end first.
 */
public enum EmploymentMilestone {
    /**
     * A CDI counts at the end of its trial period (from its start if it has none); any other contract once it has
     * lasted the threshold. Seed 004: "sortie effective à la fin de la période d'essai".
     */
    END_OF_TRIAL_PERIOD,
    /**
     * Every contract, CDI included, counts once it has lasted the threshold. National guide 2010: "any
     * continuous employment of at least 6 months".
     */
    DURATION_THRESHOLD_MET,
    /**
     * The exit is pronounced at the end of the follow-up period started at hiring, provided the contract still
     * holds and (fixed term) has lasted the threshold. Seed 000: "La sortie positive du PLIE s'effectuera à
     * l'issue de cette période de six mois"; seed 002: "jusqu'à 6 mois et un jour".
     */
    END_OF_FOLLOW_UP
}
