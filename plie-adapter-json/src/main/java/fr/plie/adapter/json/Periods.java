package fr.plie.adapter.json;

import java.util.regex.Pattern;

/** Durations of the policies: ISO-8601 periods of years, months and days, bounded so that date sums never overflow. */
final class Periods {
    /** {@code P6M}, {@code P6M1D}, {@code P1Y}, {@code P0D}; no weeks, no time, no sign. */
    static final Pattern FORMAT = Pattern.compile("P(?=\\d)(\\d{1,3}Y)?(\\d{1,4}M)?(\\d{1,5}D)?");

    private Periods() {}
}
