package fr.plie.export;

import fr.plie.reporting.indicator.BreakdownRow;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The month rows of a report grouped so that the time axis stays readable at any period length: months up to a
 * year, quarters up to three years, years beyond (a six-year protocol shows 6 bars, not 72 crowded labels).
 *
 * @param label the month ("janv. 2024"), quarter ("T1 2024") or year ("2024")
 * @param masked a month of the bucket is masked: its sum is left out, or it would reveal that month
 */
record TimeBuckets(String unit, List<Bucket> buckets) {
    static final int MONTHLY_UP_TO = 12;
    static final int QUARTERLY_UP_TO = 36;

    record Bucket(String label, long entries, long exits, boolean masked) {}

    static TimeBuckets of(List<BreakdownRow> months, Disclosure disclosure, Locale locale) {
        String unit = months.size() <= MONTHLY_UP_TO ? "month" : months.size() <= QUARTERLY_UP_TO ? "quarter" : "year";
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, Boolean> masked = new LinkedHashMap<>();
        for (BreakdownRow row : months) {
            YearMonth month = YearMonth.parse(row.key());
            String label = label(unit, month, locale);
            long[] sum = sums.computeIfAbsent(label, k -> new long[2]);
            sum[0] += row.entries();
            sum[1] += row.exits();
            boolean hidden = disclosure.masks(row.entries()) || disclosure.masks(row.exits());
            masked.merge(label, hidden, Boolean::logicalOr);
        }
        List<Bucket> buckets = new ArrayList<>();
        sums.forEach((label, sum) -> buckets.add(new Bucket(
                label, sum[0], sum[1], masked.get(label) || disclosure.masks(sum[0]) || disclosure.masks(sum[1]))));
        return new TimeBuckets(unit, buckets);
    }

    private static String label(String unit, YearMonth month, Locale locale) {
        return switch (unit) {
            case "month" -> DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
            case "quarter" ->
                ReportTable.label(
                        "chart.quarter", locale, (month.getMonthValue() - 1) / 3 + 1, String.valueOf(month.getYear()));
            default -> String.valueOf(month.getYear());
        };
    }
}
