package fr.plie.core.step;

/** Employer typology reported by PLIEs (seed 003: private 60 %, public 23 %, associative 17 %). */
public enum EmployerKind {
    /** A private company. */
    PRIVATE,
    /** A public employer. */
    PUBLIC,
    /** An association. */
    ASSOCIATIVE,
    /** Structure d'insertion par l'activité économique (IAE). */
    SIAE
}
