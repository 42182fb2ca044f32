package fr.plie.core.participant;

/** Sex as recorded for ESF+ reporting, which breaks output indicators down by gender. */
public enum Sex {
    /** Female. */
    FEMALE,
    /** Male. */
    MALE,
    /** Non-binary. */
    NON_BINARY
}
