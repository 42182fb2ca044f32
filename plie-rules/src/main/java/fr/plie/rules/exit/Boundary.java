package fr.plie.rules.exit;

/**
 * Whether a duration threshold is met when it is exactly reached. Seed 000 asks for a CDD "de plus de 6 mois"
 * (exclusive); the CRE section of seed 004 and the national guide say "supérieurs ou égaux à 6 mois" / "at
 * least 6 months" (inclusive).
 */
public enum Boundary {
    /** "At least": a contract from 1 January to 30 June has lasted 6 months and counts. */
    INCLUSIVE,
    /** "More than": the same contract must still hold on 1 July, one day more. */
    EXCLUSIVE
}
