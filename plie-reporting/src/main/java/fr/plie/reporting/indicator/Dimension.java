package fr.plie.reporting.indicator;

/** How the main figures are broken down: by referent, operator, commune, EPCI, or month. */
public enum Dimension {
    /** The referent following the parcours on the period's last day, or on the exit day if earlier. */
    REFERENT,
    /** The operators of the steps going on in the period (a parcours counts once per operator). */
    OPERATOR,
    /** The participant's commune of residence (INSEE code). */
    COMMUNE,
    /** The EPCI of that commune, from the mapping given in {@link ReportingOptions}. */
    EPCI,
    /** The months of the period, {@code yyyy-MM}. */
    MONTH
}
