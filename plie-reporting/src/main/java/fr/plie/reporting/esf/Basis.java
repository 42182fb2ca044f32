package fr.plie.reporting.esf;

/** What a derived ESF+ answer was read from (docs/esf.md, "Derived answers"). */
public enum Basis {
    /** Nothing: the answer was entered, or there is none. */
    NONE,
    /** {@code Profile.labourMarketStatus}. */
    PROFILE_LABOUR_MARKET_STATUS,
    /** {@code Profile.jobSeekerSince}, counted at the parcours' entry (12 months or more is long-term). */
    PROFILE_JOB_SEEKER_SINCE,
    /** {@code Profile.qualificationLevel}, mapped to its ISCED group. */
    PROFILE_QUALIFICATION_LEVEL,
    /** {@code Profile.singleParent}: a single parent lives in a single-adult household with dependent children. */
    PROFILE_SINGLE_PARENT,
    /** {@code Profile.recognisedDisabledWorker} (RQTH, the national definition EECO12 uses). */
    PROFILE_RQTH,
    /** A profile flag set to true (third-country national, foreign background, housing exclusion). */
    PROFILE_FLAG,
    /** {@code Profile.ruralArea}, a fact of the commune of residence. */
    PROFILE_RURAL_AREA,
    /** The steps and placements of the 28 days after leaving, only the last labour-market event counting. */
    PARCOURS_EXIT_WINDOW,
    /** A training obtained between the entry into the operation and 28 days after leaving. */
    PARCOURS_TRAINING_RESULT,
    /** An employment or business creation recorded as going on six months after leaving. */
    PARCOURS_SIX_MONTHS,
    /** The other of job searching and employed was entered "yes": only the last event counts. */
    ENTERED_LAST_EVENT,
    /** The entered answer "not employed six months after leaving": the situation cannot have improved. */
    ENTERED_NOT_EMPLOYED
}
