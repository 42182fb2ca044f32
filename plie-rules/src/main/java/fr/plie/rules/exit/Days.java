package fr.plie.rules.exit;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;

/** Day arithmetic in epoch days, with the one convention of {@link ExitPolicy} for completed periods. */
final class Days {
    /** Stands for "no end in sight": an open-ended contract with no planned end. */
    static final long UNBOUNDED = Long.MAX_VALUE / 4;

    /** The table below covers the months from January of this year... */
    private static final int FIRST_YEAR = 1900;

    /** ...to December of the year before this one; dates outside take java.time's longer way. */
    private static final int END_YEAR = 2200;

    private static final int MONTHS = (END_YEAR - FIRST_YEAR) * 12;

    private static final long DAYS_0000_TO_1970 = 719_528L;

    /**
     * The epoch day of the first of each month, and of the month after the last: a date's epoch day is one
     * look-up, and a month's length the difference of two (the engine's hot path; 14 KB).
     */
    private static final int[] MONTH_STARTS = new int[MONTHS + 1];

    static {
        for (int m = 0; m <= MONTHS; m++) {
            MONTH_STARTS[m] =
                    (int) LocalDate.of(FIRST_YEAR + m / 12, m % 12 + 1, 1).toEpochDay();
        }
    }

    private Days() {}

    /** {@code date.toEpochDay()}, by table. */
    static long epochDay(LocalDate date) {
        long month = (date.getYear() - (long) FIRST_YEAR) * 12 + date.getMonthValue() - 1;
        if (month < 0 || month >= MONTHS) {
            return date.toEpochDay();
        }
        return MONTH_STARTS[(int) month] + date.getDayOfMonth() - 1;
    }

    /** The day on which a period started on {@code start} is complete: 1 January + 6 months = 30 June. */
    static long completedOn(LocalDate start, Period period) {
        return plus(start, period) - 1;
    }

    /**
     * {@code start.plus(period).toEpochDay()} without creating a date: months first, the day clamped to the
     * month's length, then days, as {@link LocalDate#plus} does.
     */
    static long plus(LocalDate start, Period period) {
        long month = (start.getYear() - FIRST_YEAR) * 12L + start.getMonthValue() - 1 + period.toTotalMonths();
        if (month < 0 || month >= MONTHS) {
            return farPlus(month, start.getDayOfMonth(), period.getDays());
        }
        int first = MONTH_STARTS[(int) month];
        int length = MONTH_STARTS[(int) month + 1] - first;
        return first + Math.min(start.getDayOfMonth(), length) - 1 + (long) period.getDays();
    }

    /** {@link #plus} outside the table, by the algorithm of {@link LocalDate#toEpochDay()}. */
    private static long farPlus(long monthsFromTable, int dayOfMonth, int days) {
        long months = FIRST_YEAR * 12L + monthsFromTable;
        long year = Math.floorDiv(months, 12);
        int month = (int) Math.floorMod(months, 12) + 1;
        boolean leap = Year.isLeap(year);
        int day = Math.min(dayOfMonth, Month.of(month).length(leap));
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
        return total - DAYS_0000_TO_1970 + days;
    }

    /**
     * The first day a contract started on {@code start} (epoch day {@code startDay}) has lasted {@code threshold}
     * under {@code boundary}.
     */
    static long thresholdMet(LocalDate start, long startDay, Period threshold, Boundary boundary) {
        long completed = completedOn(start, threshold);
        return Math.max(startDay, boundary == Boundary.INCLUSIVE ? completed : completed + 1);
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
