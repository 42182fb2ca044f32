package fr.plie.rules.exit;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;

/** Day arithmetic in epoch days, with the one convention of {@link ExitPolicy} for completed periods. */
final class Days {
    /** Stands for "no end in sight": an open-ended contract with no planned end. */
    static final long UNBOUNDED = Long.MAX_VALUE / 4;

    private static final long DAYS_0000_TO_1970 = 719_528L;

    private Days() {}

    /** The day on which a period started on {@code start} is complete: 1 January + 6 months = 30 June. */
    static long completedOn(LocalDate start, Period period) {
        return plus(start, period) - 1;
    }

    /**
     * {@code start.plus(period).toEpochDay()} without creating a date (the engine's hot path): months first,
     * the day clamped to the month's length, then days, as {@link LocalDate#plus} does.
     */
    static long plus(LocalDate start, Period period) {
        long months = start.getYear() * 12L + start.getMonthValue() - 1 + period.toTotalMonths();
        int year = (int) Math.floorDiv(months, 12);
        int month = (int) Math.floorMod(months, 12) + 1;
        boolean leap = Year.isLeap(year);
        int day = Math.min(start.getDayOfMonth(), Month.of(month).length(leap));
        return epochDay(year, month, day, leap) + period.getDays();
    }

    /** The algorithm of {@link LocalDate#toEpochDay()}. */
    private static long epochDay(long year, int month, int day, boolean leap) {
        long total = 365 * year;
        if (year >= 0) {
            total += (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        } else {
            total -= year / -4 - year / -100 + year / -400;
        }
        total += (367 * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total -= leap ? 1 : 2;
        }
        return total - DAYS_0000_TO_1970;
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
