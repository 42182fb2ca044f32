package fr.plie.reporting.esf;

/** Where an answer of the ESF+ questionnaire comes from, or why there is none. */
public enum EsfSource {
    /** Entered by the PLIE team (it takes precedence over a derivation). */
    ENTERED,
    /** Read from the profile or the parcours; {@link EsfResponse#basis()} says from what. */
    DERIVED,
    /** Neither derivable nor entered although the question is due: it blocks the ESF+ reporting. */
    MISSING,
    /** Not askable yet: no exit, or the 28-day window or the six months after it not over. */
    PENDING
}
