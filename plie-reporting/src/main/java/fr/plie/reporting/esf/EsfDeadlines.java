package fr.plie.reporting.esf;

/**
 * When ESF+ answers are due, in days after the day they describe. The defaults follow the Commission's guidance:
 * entry data when the participant enters (4 weeks given to collect them), exit data within the 4 weeks after
 * leaving, the six-month results within 4 weeks of the sixth month.
 */
public record EsfDeadlines(int entryDays, int exitDays, int sixMonthsDays) {
    public static final EsfDeadlines DEFAULT = new EsfDeadlines(28, 28, 28);

    public EsfDeadlines {
        if (entryDays < 0 || exitDays < 0 || sixMonthsDays < 0) {
            throw new IllegalArgumentException("grace periods are not negative");
        }
    }
}
