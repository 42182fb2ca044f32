package fr.plie.core.participant;

/** The kinds of barriers to employment ("freins périphériques") a parcours works on. */
public enum BarrierKind {
    /** Mobility: no driving licence, vehicle or public transport. */
    MOBILITY,
    /** Health. */
    HEALTH,
    /** Housing. */
    HOUSING,
    /** Childcare. */
    CHILDCARE,
    /** Family situation. */
    FAMILY,
    /** Debts or lack of resources. */
    FINANCIAL,
    /** Administrative situation: papers, rights not claimed. */
    ADMINISTRATIVE,
    /** Command of French. */
    LANGUAGE,
    /** Digital skills or equipment. */
    DIGITAL,
    /** A judicial situation. */
    JUSTICE,
    /** Any other barrier. */
    OTHER
}
