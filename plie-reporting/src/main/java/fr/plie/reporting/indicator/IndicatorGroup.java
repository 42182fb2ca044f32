package fr.plie.reporting.indicator;

/** The families of indicators; each one is a sheet of the XLSX export and a section of the HTML report. */
public enum IndicatorGroup {
    /** Active file, entries, first receptions, participants over the protocol (seeds 001, 004). */
    ACTIVITY,
    /** Exits pronounced, by category, and the positive exit rate (seeds 001, 002, 004). */
    EXITS,
    /** Job and employer typology of employment exits, sectors (seed 003). */
    TYPOLOGY,
    /** Who the participants are: sex, age bands, QPV, minimum income, RQTH, long-term unemployed, level. */
    PROFILE,
    /** Intensity of the follow-up: interviews, steps, financed actions, contracts signed (seeds 002, 003). */
    FOLLOW_UP,
    /** Employer-side activity recorded in parcours: placements on offers, accesses to employment (seed 004). */
    EMPLOYER_SIDE,
    /** ESF+ common output indicators at entry (Regulation (EU) 2021/1057, Annex I, point 1). */
    ESF_OUTPUT,
    /** ESF+ common result indicators at exit and six months after (Regulation (EU) 2021/1057, Annex I). */
    ESF_RESULT,
    /** The exits judged again by the exit engine under a given policy (only when the report names one). */
    POLICY_CHECK
}
