package fr.plie.export;

/** The parts of an exported report: one XLSX sheet and one HTML section each. */
public enum Section {
    ACTIVITY,
    EXITS,
    TYPOLOGY,
    PROFILE,
    FOLLOW_UP,
    EMPLOYER_SIDE,
    ESF_OUTPUT,
    ESF_RESULT,
    /** The exits judged again by the exit engine under the policy given (only when there is one). */
    POLICY_CHECK,
    CASELOAD,
    BREAKDOWN,
    /** What the model cannot compute, and why. */
    NOT_COMPUTED
}
