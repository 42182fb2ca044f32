package fr.plie.core.admission;

/** The partners that refer candidates to a PLIE ("prescripteurs"). */
public enum PrescriberKind {
    /** France Travail, the public employment service. */
    FRANCE_TRAVAIL,
    /** The department council ("conseil départemental"), for minimum-income beneficiaries. */
    DEPARTMENT_COUNCIL,
    /** A municipal social-action centre ("centre communal d'action sociale"). */
    CCAS,
    /** A shelter and social-rehabilitation centre ("centre d'hébergement et de réinsertion sociale"). */
    CHRS,
    /** A structure of insertion through economic activity (IAE). */
    SIAE,
    /** A mission locale, for young people. */
    MISSION_LOCALE,
    /** Cap emploi, for people with disabilities. */
    CAP_EMPLOI,
    /** A maison de l'emploi. */
    MAISON_DE_L_EMPLOI,
    /** The PLIE's own referents spotting candidates in their structure (seed 002). */
    PLIE_REFERENT,
    /** The candidates who come on their own. */
    SELF_REFERRAL,
    /** Any other partner. */
    OTHER
}
