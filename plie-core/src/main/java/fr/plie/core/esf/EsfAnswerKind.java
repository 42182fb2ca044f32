package fr.plie.core.esf;

/** What kind of answer a participant gave to an ESF+ question. */
public enum EsfAnswerKind {
    /** An answer among the question's codes. */
    GIVEN,
    /** The participant refused to answer: allowed for the sensitive questions only. */
    REFUSED,
    /** The participant does not know (foreign background of the parents, for instance). */
    UNKNOWN,
    /** The participant could not be reached after leaving: allowed for exit and six-month questions only. */
    UNREACHABLE
}
