package fr.plie.rules.eligibility;

/**
 * The eligibility criteria PLIEs list for their public (seeds 001 and 004; the list and the parameters are each
 * PLIE's own). A policy holds at most one criterion of each kind.
 */
public enum CriterionKind {
    /** Registered job seeker ("demandeur d'emploi", 004). */
    JOB_SEEKER,
    /** Seeking work, registered or not ("personne en recherche d'emploi", 004). */
    SEEKING_WORK,
    /** Long-term job seeker, "DELD" (001). */
    LONG_TERM_JOB_SEEKER,
    /** Minimum-income beneficiary, "bénéficiaire de minima sociaux" (001, 004). */
    MINIMUM_INCOME,
    /** Senior: 50 and over in 001, 45 and over in 004. */
    SENIOR,
    /** Young: under 30 in 001. */
    YOUNG,
    /** Recognised disabled worker, RQTH (001, 004). */
    RECOGNISED_DISABLED_WORKER,
    /** Resident of a QPV, "quartiers inscrits dans le Contrat de Ville" (001). */
    PRIORITY_NEIGHBOURHOOD,
    /** Qualification at most a level, "niveau V (CAP-BEP)" and below (001). */
    LOW_QUALIFICATION,
    /** Beneficiary of international protection (001). */
    INTERNATIONAL_PROTECTION,
    /** Asylum seeker (001). */
    ASYLUM_SEEKER,
    /** Single parent, "monoparentalité" (001). */
    SINGLE_PARENT,
    /** In career change, "reconversion professionnelle" (001). */
    CAREER_CHANGE,
    /** Barriers to employment not yet lifted ("freins périphériques", 001 and 004). */
    CUMULATED_BARRIERS
}
