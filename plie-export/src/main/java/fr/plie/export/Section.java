package fr.plie.export;

/** The parts of an exported report: one XLSX sheet and one HTML section each. */
public enum Section {
    /** Activity: referrals, entries, the active file and the protocol's progress. */
    ACTIVITY,
    /** The exits pronounced, by group and category. */
    EXITS,
    /** The employment exits by contract and employer. */
    TYPOLOGY,
    /** The public's profile. */
    PROFILE,
    /** Follow-up: interviews, steps, contracts and durations. */
    FOLLOW_UP,
    /** The employer side: placements, immersions and workshops. */
    EMPLOYER_SIDE,
    /** The ESF+ common output indicators. */
    ESF_OUTPUT,
    /** The ESF+ common result indicators. */
    ESF_RESULT,
    /** The exits judged again by the exit engine under the policy given (only when there is one). */
    POLICY_CHECK,
    /** Participants per referent. */
    CASELOAD,
    /** The main figures by referent, operator, commune, EPCI and month. */
    BREAKDOWN,
    /** What the model cannot compute, and why. */
    NOT_COMPUTED
}
