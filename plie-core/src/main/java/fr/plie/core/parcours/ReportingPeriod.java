package fr.plie.core.parcours;

import java.time.LocalDate;
import java.util.Objects;

/** A period of days, both ends included, over which parcours are counted (a year, a protocol, a month). */
public record ReportingPeriod(LocalDate from, LocalDate to) {
    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its start");
        }
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
