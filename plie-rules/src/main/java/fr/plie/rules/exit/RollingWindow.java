package fr.plie.rules.exit;

import java.time.Period;

/**
 * Time worked within a rolling window ("au moins 6 mois dans les 12 derniers mois", seed 004), in the units of
 * {@link Days#worked}: each run of consecutive worked days counts its whole calendar months from its first day
 * (within the window), then its days left over; the runs add up. The window of 12 months ending on day {@code d}
 * runs from {@code d + 1 - 12 months} to {@code d}.
 *
 * <p>Works on merged runs of worked days, sorted and disjoint. As the window's last day moves on by one day, the
 * time worked grows by at most 4 units (a day, or the completion of a month of at least 28 days worth 31) and never
 * grows on a day not worked, which lets the searches below skip ahead without missing the first day.
 */
final class RollingWindow {
    static final long NONE = Long.MIN_VALUE;

    /** The most a window's time worked grows in a day: 31 - 27, when a month of 28 days completes. */
    private static final long MOST_PER_DAY = Days.MONTH_UNITS - 27;

    private final long[] runStart;
    private final long[] runLast;
    private final int runs;
    private final Period window;
    private final long need;

    RollingWindow(Intervals merged, Period window, long need) {
        this.runStart = merged.runStart;
        this.runLast = merged.runLast;
        this.runs = merged.runs;
        this.window = window;
        this.need = need;
    }

    /** The first day of the window ending on {@code day}. */
    long start(long day) {
        return Days.windowStart(day, window);
    }

    /** The time worked in the window ending on {@code day}. */
    long workedInWindowEnding(long day) {
        long from = start(day);
        long total = 0;
        for (int i = 0; i < runs && runStart[i] <= day; i++) {
            total += Days.worked(Math.max(runStart[i], from), Math.min(runLast[i], day));
        }
        return total;
    }

    boolean meets(long day) {
        return workedInWindowEnding(day) >= need;
    }

    /** The first day on or after {@code from} on which the window ending that day holds the need, or NONE. */
    long firstDayMeeting(long from) {
        for (int r = 0; r < runs; r++) {
            if (runLast[r] < from) {
                continue;
            }
            long day = Math.max(runStart[r], from);
            while (day <= runLast[r]) {
                long worked = workedInWindowEnding(day);
                if (worked >= need) {
                    return day;
                }
                day += Math.max(1, (need - worked + MOST_PER_DAY - 1) / MOST_PER_DAY);
            }
        }
        return NONE;
    }

    /**
     * The first day of the run of days, ending on {@code day} (which meets the need), on each of which the window
     * ending that day holds the need: from then on the exit could have been pronounced without a break.
     */
    long metSince(long day) {
        long first = day;
        long worked = workedInWindowEnding(first);
        long earliest = runs == 0 ? first : runStart[0];
        while (first > earliest) {
            // going back a day loses at most MOST_PER_DAY: the days whose loss cannot break the need are skipped
            long step = Math.max(1, (worked - need) / MOST_PER_DAY);
            long candidate = Math.max(earliest, first - step);
            long before = workedInWindowEnding(candidate);
            if (before < need) {
                break; // only when going back a single day
            }
            first = candidate;
            worked = before;
        }
        return first;
    }

    /** The most time worked in a window, over every window ending on a worked day (for the explanation). */
    long best() {
        long best = 0;
        for (int r = 0; r < runs; r++) {
            for (long day = runStart[r]; day <= runLast[r]; day++) {
                best = Math.max(best, workedInWindowEnding(day));
            }
        }
        return best;
    }
}
