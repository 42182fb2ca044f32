package fr.plie.core.step;

/** Employer typology reported by PLIEs (seed 003: private 60 %, public 23 %, associative 17 %). */
public enum EmployerKind {
    PRIVATE,
    PUBLIC,
    ASSOCIATIVE,
    /** Structure d'insertion par l'activité économique (IAE). */
    SIAE
}
