package fr.plie.rules.alert;

/** What an alert is about, each with the severity it is raised with. */
public enum AlertKind {
    /** No step going on for longer than the threshold (seed 002: avoid "longues périodes de veille"). */
    IDLE_PERIOD(AlertSeverity.WARNING),
    /** No interview within the contact interval while a subsidised contract goes on (seed 002: monthly). */
    FOLLOW_UP_CONTACT_OVERDUE(AlertSeverity.WARNING),
    /** A contract or training ends within the notice window: time to prepare what comes next. */
    ENDING_SOON(AlertSeverity.INFO),
    /** A positive exit can be pronounced but has not been proposed to the committee. */
    EXIT_NOT_PROPOSED(AlertSeverity.WARNING),
    /** A positive exit is reachable or proposed but evidence is missing (seed 002: "pièces probantes"). */
    EVIDENCE_MISSING(AlertSeverity.WARNING),
    /**
     * No exit recorded {@link Alerts#EXIT_RECORDING_DAYS} days after the parcours' last activity (nothing going on
     * since) or after the follow-up ended (a positive exit possible since): the ESF+ results are measured at exit.
     */
    EXIT_NOT_RECORDED(AlertSeverity.WARNING),
    /**
     * The participant's situation six months after the validated exit (ESF+ longer-term results EECR05-06) is to
     * be collected: from the day six months after the exit, for {@link Alerts#SIX_MONTH_SITUATION_GRACE_DAYS}
     * days, while the ESF+ record does not answer both six-month questions.
     */
    SIX_MONTH_SITUATION_DUE(AlertSeverity.INFO),
    /** The situation six months after exit is still not recorded once the grace days are over. */
    SIX_MONTH_SITUATION_OVERDUE(AlertSeverity.WARNING),
    /** An immersion (PMSMP) lasting more than one month, the legal length of a period of immersion. */
    IMMERSION_TOO_LONG(AlertSeverity.WARNING),
    /** An immersion with the same host renewed more than once (a PMSMP may be renewed once). */
    IMMERSION_RENEWED_TOO_OFTEN(AlertSeverity.WARNING),
    /** A referent follows more participants than their capacity (seed 004: 90 per full-time equivalent). */
    CASELOAD_OVER_CAPACITY(AlertSeverity.CRITICAL);

    private final AlertSeverity severity;

    AlertKind(AlertSeverity severity) {
        this.severity = severity;
    }

    /** {@return how urgent an alert of this kind is} */
    public AlertSeverity severity() {
        return severity;
    }
}
