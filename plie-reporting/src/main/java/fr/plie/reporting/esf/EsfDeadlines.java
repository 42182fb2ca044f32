package fr.plie.reporting.esf;

/**
 * When ESF+ answers are due, in days after the day they describe. The defaults follow the Commission's guidance:
 * entry data when the participant enters (4 weeks given to collect them), exit data within the 4 weeks after
 * leaving, the six-month results within 4 weeks of the sixth month.
 */
public record EsfDeadlines(int entryDays, int exitDays, int sixMonthsDays) {
    /** Four weeks for each stage, as the Commission's guidance gives. */
    public static final EsfDeadlines DEFAULT = new EsfDeadlines(28, 28, 28);

    /**
     * Checks the grace periods.
     *
     * @param entryDays days after the entry for the entry answers
     * @param exitDays days after leaving for the exit answers
     * @param sixMonthsDays days after the sixth month for the six-month answers
     * @throws IllegalArgumentException if a grace period is negative
     */
    public EsfDeadlines {
        if (entryDays < 0 || exitDays < 0 || sixMonthsDays < 0) {
            throw new IllegalArgumentException("grace periods are not negative");
        }
    }
}
