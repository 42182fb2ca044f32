package fr.plie.core.step;

/**
 * Employment contract types. Whether a type counts as durable employment is not decided here but by the exit
 * policy of each PLIE (CDDI and PEC are steps in seed 000; CIE counts in the national guide).
 */
public enum ContractType {
    /** Contrat à durée indéterminée. */
    CDI,
    /** Contrat à durée déterminée. */
    CDD,
    /** Temporary-work mission ("mission d'intérim"). */
    TEMPORARY_MISSION,
    /** Contrat à durée déterminée d'insertion, in an SIAE. */
    CDDI,
    /** Parcours emploi compétences (subsidised contract, non-market sector). */
    PEC,
    /** Contrat initiative emploi (subsidised contract, market sector). */
    CIE,
    /** Contrat d'apprentissage. */
    APPRENTICESHIP,
    /** Contrat de professionnalisation. */
    PROFESSIONALISATION,
    /** A seasonal contract. */
    SEASONAL,
    /** Any other contract. */
    OTHER
}
