package fr.plie.rules.exit;

/**
 * The day an exit may be pronounced "à l'issue de" a period (seed 000: "La sortie positive du PLIE s'effectuera à
 * l'issue de cette période de six mois"): the follow-up after hiring or entry into training, and a CDI's trial
 * period (seed 004: "sortie effective à la fin de la période d'essai").
 */
public enum AfterPeriod {
    /** The day after the period is complete: 6 months from 1 January are complete on 30 June, the exit 1 July. */
    NEXT_DAY,
    /**
     * The period's last day: seed 002 counts "jusqu'à 6 mois et un jour", so 6 months and one day from 1 January
     * end, and the exit comes, on 1 July.
     */
    LAST_DAY
}
