package fr.plie.core.exit;

/** Why a parcours ended (seed 002 lists the positive, administrative and other exits). */
public enum ExitCategory {
    /** Employment, counted as positive when the exit policy says it is durable. */
    POSITIVE_EMPLOYMENT(ExitGroup.POSITIVE),
    /** Training, counted as positive when the exit policy says it qualifies. */
    POSITIVE_TRAINING(ExitGroup.POSITIVE),
    /** Creating one's own business. */
    POSITIVE_CREATION(ExitGroup.POSITIVE),
    /** The participant moved out of the PLIE's territory. */
    MOVED_AWAY(ExitGroup.ADMINISTRATIVE),
    /** The participant died. */
    DEATH(ExitGroup.ADMINISTRATIVE),
    /** The participant retired. */
    RETIREMENT(ExitGroup.ADMINISTRATIVE),
    /** Abandonment by the participant. */
    ABANDONMENT(ExitGroup.OTHER),
    /** Interruption of the support by the PLIE. */
    INTERRUPTION(ExitGroup.OTHER),
    /** The participant's health stops the parcours. */
    HEALTH(ExitGroup.OTHER),
    /** The maximum length of a parcours was reached (36 months on Toulouse's public site). */
    MAXIMUM_DURATION(ExitGroup.OTHER),
    /** Re-oriented to another programme better suited to the person. */
    REORIENTATION(ExitGroup.OTHER);

    private final ExitGroup group;

    ExitCategory(ExitGroup group) {
        this.group = group;
    }

    /** {@return the group the category belongs to: positive, administrative or other} */
    public ExitGroup group() {
        return group;
    }

    /** {@return whether the category is a positive exit} */
    public boolean isPositive() {
        return group == ExitGroup.POSITIVE;
    }
}
