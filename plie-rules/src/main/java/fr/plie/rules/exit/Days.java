package fr.plie.rules.exit;

import java.time.LocalDate;
import java.time.Period;

/** Day arithmetic in epoch days, with the one convention of {@link ExitPolicy} for completed periods. */
final class Days {
    /** Stands for "no end in sight": an open-ended contract with no planned end. */
    static final long UNBOUNDED = Long.MAX_VALUE / 4;

    /** The table below covers the months from January of this year... */
    private static final int FIRST_YEAR = 1900;

    /** ...to December of the year before this one; dates outside take java.time's longer way. */
    private static final int END_YEAR = 2200;

    private static final int MONTHS = (END_YEAR - FIRST_YEAR) * 12;

    /**
     * The epoch day of the first of each month, and of the month after the last: a month's length is the
     * difference of two look-ups (the engine's hot path; 14 KB). A date's own epoch day is {@link
     * LocalDate#toEpochDay()}.
     */
    private static final int[] MONTH_STARTS = new int[MONTHS + 1];

    static {
        for (int m = 0; m <= MONTHS; m++) {
            MONTH_STARTS[m] =
                    (int) LocalDate.of(FIRST_YEAR + m / 12, m % 12 + 1, 1).toEpochDay();
        }
    }

    private Days() {}

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
            return start.plus(period).toEpochDay();
        }
        int first = MONTH_STARTS[(int) month];
        int length = MONTH_STARTS[(int) month + 1] - first;
        return first + Math.min(start.getDayOfMonth(), length) - 1 + (long) period.getDays();
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
     * The day {@code months} calendar months after {@code day}, the day of the month clamped to the target month's
     * length (31 January + 1 month = 28 February), as {@link LocalDate#plusMonths}; {@code months} may be negative.
     */
    static long plusMonths(long day, long months) {
        long from = monthOf(day) - FIRST_YEAR * 12L;
        long to = from + months;
        if (from < 0 || from >= MONTHS || to < 0 || to >= MONTHS) {
            return LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay();
        }
        int dayOfMonth = (int) (day - MONTH_STARTS[(int) from]) + 1;
        int first = MONTH_STARTS[(int) to];
        int length = MONTH_STARTS[(int) to + 1] - first;
        return first + Math.min(dayOfMonth, length) - 1L;
    }

    /** The proleptic month (year * 12 + month - 1) of an epoch day: a binary search of the table. */
    private static long monthOf(long day) {
        if (day < MONTH_STARTS[0] || day >= MONTH_STARTS[MONTHS]) {
            LocalDate date = LocalDate.ofEpochDay(day);
            return date.getYear() * 12L + date.getMonthValue() - 1;
        }
        int lo = 0;
        int hi = MONTHS - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (MONTH_STARTS[mid] <= day) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return FIRST_YEAR * 12L + lo;
    }

    /** One whole month in {@link #worked} units: more than any leftover of days a single period can have. */
    static final long MONTH_UNITS = 31;

    /**
     * The time worked from {@code first} to {@code last} (both included), in units of {@link #MONTH_UNITS} per
     * whole calendar month counted from {@code first} (1 January to 30 June: 6 months), then one per day left
     * over: the convention of every "N months" of the engine, so that a single period meets {@code N} months on
     * the same day as {@link #completedOn} says.
     */
    static long worked(long first, long last) {
        if (last < first) {
            return 0;
        }
        long end = last + 1;
        long months = monthOf(end) - monthOf(first);
        long reached = plusMonths(first, months);
        if (reached > end) {
            months--;
            reached = plusMonths(first, months);
        }
        return months * MONTH_UNITS + (end - reached);
    }

    /** The units of {@link #worked} that make {@code period} under {@code boundary}; at least one day. */
    static long required(Period period, Boundary boundary) {
        long units = period.toTotalMonths() * MONTH_UNITS + period.getDays();
        return boundary == Boundary.INCLUSIVE ? Math.max(1, units) : units + 1;
    }

    /** {@link #worked} units as a period for people: "5 months and 12 days". */
    static Period asPeriod(long units) {
        return Period.of(0, (int) (units / MONTH_UNITS), (int) (units % MONTH_UNITS));
    }

    /** The first day of the rolling window of length {@code window} that ends on {@code lastDay}. */
    static long windowStart(long lastDay, Period window) {
        return plusMonths(lastDay + 1, -window.toTotalMonths()) - window.getDays();
    }

    static LocalDate date(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }
}
