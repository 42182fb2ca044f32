package fr.plie.core.participant;

/**
 * A fact of a {@link Profile} that may be unknown: not recorded yet, as opposed to recorded as false, none or
 * empty. A prescriber's referral often lacks some of them (les-emplois marks them "non renseigné"); an
 * eligibility criterion reading an unknown fact is unknown, not unmet.
 */
public enum ProfileFact {
    /** {@link Profile#priorityNeighbourhood()}: residence in a QPV. */
    PRIORITY_NEIGHBOURHOOD,
    /** {@link Profile#jobSeekerSince()}: whether, and since when, registered with France Travail. */
    JOB_SEEKER_REGISTRATION,
    /** {@link Profile#minimumIncomes()}: the minimum-income benefits received. */
    MINIMUM_INCOMES,
    /** {@link Profile#recognisedDisabledWorker()}: RQTH. */
    RECOGNISED_DISABLED_WORKER,
    /** {@link Profile#protection()}: international protection or asylum. */
    PROTECTION,
    /** {@link Profile#singleParent()}. */
    SINGLE_PARENT,
    /** {@link Profile#careerChange()}. */
    CAREER_CHANGE,
    /** {@link Profile#labourMarketStatus()}: unemployed, inactive or employed. */
    LABOUR_MARKET_STATUS,
    /** {@link Profile#barriers()}: the barriers to employment (no diagnosis made yet). */
    BARRIERS
}
