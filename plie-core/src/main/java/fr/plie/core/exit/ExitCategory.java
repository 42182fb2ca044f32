package fr.plie.core.exit;

/** Why a parcours ended (seed 002 lists the positive, administrative and other exits). */
public enum ExitCategory {
    POSITIVE_EMPLOYMENT(ExitGroup.POSITIVE),
    POSITIVE_TRAINING(ExitGroup.POSITIVE),
    POSITIVE_CREATION(ExitGroup.POSITIVE),
    MOVED_AWAY(ExitGroup.ADMINISTRATIVE),
    DEATH(ExitGroup.ADMINISTRATIVE),
    RETIREMENT(ExitGroup.ADMINISTRATIVE),
    /** Abandonment by the participant. */
    ABANDONMENT(ExitGroup.OTHER),
    /** Interruption of the support by the PLIE. */
    INTERRUPTION(ExitGroup.OTHER),
    HEALTH(ExitGroup.OTHER),
    /** The maximum length of a parcours was reached (36 months on Toulouse's public site). */
    MAXIMUM_DURATION(ExitGroup.OTHER),
    /** Re-oriented to another programme better suited to the person. */
    REORIENTATION(ExitGroup.OTHER);

    private final ExitGroup group;

    ExitCategory(ExitGroup group) {
        this.group = group;
    }

    public ExitGroup group() {
        return group;
    }

    public boolean isPositive() {
        return group == ExitGroup.POSITIVE;
    }
}
