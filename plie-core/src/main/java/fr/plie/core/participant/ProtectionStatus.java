package fr.plie.core.participant;

/** International protection status, an eligibility criterion in some PLIEs (seed 001). */
public enum ProtectionStatus {
    NONE,
    /** Refugee or beneficiary of subsidiary protection. */
    INTERNATIONAL_PROTECTION,
    ASYLUM_SEEKER
}
