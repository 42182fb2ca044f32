package fr.plie.core.parcours;

/** Where a parcours stands in its lifecycle: referral, committee decision, commitment, exit. */
public enum ParcoursStatus {
    /** Referred, waiting for the committee; the diagnostic may take place. */
    REFERRED,
    /** The committee postponed its decision. */
    POSTPONED,
    /** The committee refused, with an alternative proposed. Final. */
    REFUSED,
    /** Admitted, waiting for the commitment contract. */
    ADMITTED,
    /** Commitment signed: the parcours is under way. */
    ACTIVE,
    /** An exit has been proposed to the committee. */
    EXIT_PROPOSED,
    /** The committee validated the exit. Final. */
    EXITED;

    /** {@return whether nothing can happen to the parcours any more: refused or exited} */
    public boolean isFinal() {
        return this == REFUSED || this == EXITED;
    }
}
