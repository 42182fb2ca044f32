package fr.plie.core.participant;

/** International protection status, an eligibility criterion in some PLIEs (seed 001). */
public enum ProtectionStatus {
    /** No international protection. */
    NONE,
    /** Refugee or beneficiary of subsidiary protection. */
    INTERNATIONAL_PROTECTION,
    /** Asylum seeker, waiting for a decision. */
    ASYLUM_SEEKER
}
