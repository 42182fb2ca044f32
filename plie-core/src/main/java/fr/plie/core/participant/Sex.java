package fr.plie.core.participant;

/** Sex as recorded for ESF+ reporting, which breaks output indicators down by gender. */
public enum Sex {
    FEMALE,
    MALE,
    NON_BINARY
}
