package fr.plie.rules.exit;

import java.time.LocalDate;
import java.time.Period;

/** Day arithmetic in epoch days, with the one convention of {@link ExitPolicy} for completed periods. */
final class Days {
    /** Stands for "no end in sight": an open-ended contract with no planned end. */
    static final long UNBOUNDED = Long.MAX_VALUE / 4;

    private Days() {}

    /** The day on which a period started on {@code start} is complete: 1 January + 6 months = 30 June. */
    static long completedOn(LocalDate start, Period period) {
        return start.plus(period).toEpochDay() - 1;
    }

    /** The first day a contract started on {@code start} has lasted {@code threshold} under {@code boundary}. */
    static long thresholdMet(LocalDate start, Period threshold, Boundary boundary) {
        long completed = completedOn(start, threshold);
        return Math.max(start.toEpochDay(), boundary == Boundary.INCLUSIVE ? completed : completed + 1);
    }

    /**
     * The number of days of missions that make {@code period} within a rolling window: months count for 365.25
     * / 12 days each, rounded up (6 months = 183 days, 8 months = 244 days).
     */
    static long approximateDays(Period period) {
        long months = period.toTotalMonths();
        return (months * 36525 + 1199) / 1200 + period.getDays();
    }

    /** The length in days of a rolling window: months count for 365.25 / 12 days, rounded down (12 months = 365). */
    static long windowDays(Period window) {
        return window.toTotalMonths() * 36525 / 1200 + window.getDays();
    }

    /** Days of work needed to reach {@code period} under {@code boundary}; at least one. */
    static long required(Period period, Boundary boundary) {
        long days = approximateDays(period);
        return boundary == Boundary.INCLUSIVE ? Math.max(1, days) : days + 1;
    }

    static LocalDate date(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }
}
