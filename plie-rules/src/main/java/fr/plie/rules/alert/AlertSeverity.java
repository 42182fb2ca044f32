package fr.plie.rules.alert;

/** How urgent an alert is, for sorting and highlighting in a referent's or a coordinator's list. */
public enum AlertSeverity {
    /** Worth knowing: plan the next step. */
    INFO,
    /** Needs an action from the referent. */
    WARNING,
    /** Needs an action from the PLIE's coordination. */
    CRITICAL
}
