package fr.plie.core.parcours;

import java.time.LocalDate;
import java.util.Objects;

/** A period of days, both ends included, over which parcours are counted (a year, a protocol, a month). */
public record ReportingPeriod(LocalDate from, LocalDate to) {
    /**
     * Checks that the period is not reversed.
     *
     * @param from the first day
     * @param to the last day, on or after {@code from}
     * @throws NullPointerException if {@code from} or {@code to} is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its start");
        }
    }

    /**
     * The calendar year {@code year}.
     *
     * @param year the year
     * @return its first of January to its 31st of December
     */
    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Whether {@code date} falls in the period, its ends included.
     *
     * @param date the day
     * @return whether it is in the period
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
