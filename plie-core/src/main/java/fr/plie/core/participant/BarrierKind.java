package fr.plie.core.participant;

/** The kinds of barriers to employment ("freins périphériques") a parcours works on. */
public enum BarrierKind {
    MOBILITY,
    HEALTH,
    HOUSING,
    CHILDCARE,
    FAMILY,
    FINANCIAL,
    ADMINISTRATIVE,
    LANGUAGE,
    DIGITAL,
    JUSTICE,
    OTHER
}
