package fr.plie.reporting.indicator;

/** The counts of one breakdown value in an {@link AccumulatorSnapshot}: no parcours id, only numbers. */
public record CellCounts(long active, long entries, long exits, long positiveExits) {
    /**
     * Checks the counts.
     *
     * @param active participants of the active file
     * @param entries entries
     * @param exits exits pronounced
     * @param positiveExits positive exits
     * @throws IllegalArgumentException if a count is negative
     */
    public CellCounts {
        if (active < 0 || entries < 0 || exits < 0 || positiveExits < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }
}
