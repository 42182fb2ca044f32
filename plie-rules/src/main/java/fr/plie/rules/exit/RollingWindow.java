package fr.plie.rules.exit;

/**
 * Days worked within a rolling window ("au moins 6 mois dans les 12 derniers mois", seed 004): the window
 * ending on day {@code d} holds the {@code length} days up to {@code d} included (12 months = 365 days, see
 * {@link Days#windowDays}), so it moves by exactly one day a day.
 *
 * <p>Works on merged runs of worked days, sorted and disjoint. Within a run the days in the window never
 * decrease (one day comes in, at most one leaves) and between runs they never increase, so the first day the
 * need is met lies in the first run whose last day meets it, where a binary search finds it.
 */
final class RollingWindow {
    static final long NONE = Long.MIN_VALUE;

    private RollingWindow() {}

    /** The worked days in the window of {@code length} days ending on {@code day}. */
    static long coveredInWindowEnding(long[] runStart, long[] runLast, int runs, long day, long length) {
        long from = day - length + 1;
        long total = 0;
        for (int i = 0; i < runs; i++) {
            long a = Math.max(runStart[i], from);
            long b = Math.min(runLast[i], day);
            if (b >= a) {
                total += b - a + 1;
            }
        }
        return total;
    }

    /** The first day on which the window ending that day holds at least {@code need} worked days, or NONE. */
    static long firstDayMeeting(long[] runStart, long[] runLast, int runs, long length, long need) {
        for (int r = 0; r < runs; r++) {
            if (coveredInWindowEnding(runStart, runLast, runs, runLast[r], length) < need) {
                continue;
            }
            long lo = runStart[r];
            long hi = runLast[r];
            while (lo < hi) {
                long mid = lo + (hi - lo) / 2;
                if (coveredInWindowEnding(runStart, runLast, runs, mid, length) >= need) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
        return NONE;
    }

    /** The most worked days a window holds, over every window ending on a worked day (for the explanation). */
    static long best(long[] runStart, long[] runLast, int runs, long length) {
        long best = 0;
        for (int r = 0; r < runs; r++) {
            best = Math.max(best, coveredInWindowEnding(runStart, runLast, runs, runLast[r], length));
        }
        return best;
    }
}
