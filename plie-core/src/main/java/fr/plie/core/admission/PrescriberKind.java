package fr.plie.core.admission;

/** The partners that refer candidates to a PLIE ("prescripteurs"). */
public enum PrescriberKind {
    FRANCE_TRAVAIL,
    DEPARTMENT_COUNCIL,
    CCAS,
    CHRS,
    SIAE,
    MISSION_LOCALE,
    CAP_EMPLOI,
    MAISON_DE_L_EMPLOI,
    /** The PLIE's own referents spotting candidates in their structure (seed 002). */
    PLIE_REFERENT,
    SELF_REFERRAL,
    OTHER
}
