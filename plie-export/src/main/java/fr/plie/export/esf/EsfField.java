package fr.plie.export.esf;

/**
 * What a column of the ESF+ participant file can hold, besides the answer to an {@link
 * fr.plie.core.esf.EsfQuestion} (a mapping file names those by the question's name).
 */
public enum EsfField {
    /** The participant's pseudonymous id. */
    PARTICIPANT_ID,
    /** The parcours' id. */
    PARCOURS_ID,
    /** The operation's id. */
    OPERATION_ID,
    /** The organisation carrying the operation. */
    CARRYING_STRUCTURE,
    /** Personal data: empty once erased. */
    LAST_NAME,
    /** Personal data: empty once erased. */
    FIRST_NAME,
    /** Personal data: the birth date. */
    BIRTH_DATE,
    /** {@code FEMALE}, {@code MALE} or {@code NON_BINARY} before translation. */
    SEX,
    /** The INSEE code of the commune of residence. */
    RESIDENCE_COMMUNE,
    /** The day the participant entered the operation. */
    ENTRY_DATE,
    /** The day the participant left the operation; empty while in it. */
    EXIT_DATE,
    /** {@code PARCOURS_EXIT} (the parcours ended) or {@code OPERATION_END} (it goes on in the next operation). */
    EXIT_KIND,
    /** The questions still missing, by name, separated by {@code |}. */
    MISSING_ANSWERS
}
