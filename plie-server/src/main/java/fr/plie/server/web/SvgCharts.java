package fr.plie.server.web;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Bar charts as inline SVG, drawn on the server: no script, readable without colours (each bar carries its
 * value), and described for screen readers by a title and a description; the page shows the same figures in a
 * table beside the chart.
 */
final class SvgCharts {
    /** One bar: its label and value; {@code target}, when above 0, draws the objective's line. */
    record Bar(String label, double value) {}

    private static final int WIDTH = 640;
    private static final int BAR_AREA = 180;
    private static final int TOP = 24;

    private SvgCharts() {}

    /** Vertical bars with their values, and a dashed line at {@code target} (none when below 0). */
    static String bars(String id, String title, List<Bar> bars, double target, String unit) {
        double max =
                Math.max(target, bars.stream().mapToDouble(Bar::value).max().orElse(0));
        double scale = max <= 0 ? 0 : BAR_AREA / max;
        int slot = bars.isEmpty() ? WIDTH : Math.max(1, (WIDTH - 40) / bars.size());
        int barWidth = Math.max(2, slot * 7 / 10);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(TOP + BAR_AREA + 48)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(HtmlUtils.htmlEscape(title))
                .append("</title>");
        int baseline = TOP + BAR_AREA;
        int every = Math.max(1, (bars.size() + 11) / 12); // at most 12 labels, so they never overlap
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int x = 30 + i * slot;
            int height = (int) Math.round(bar.value() * scale);
            svg.append("<rect class=\"bar\" x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(baseline - height)
                    .append("\" width=\"")
                    .append(barWidth)
                    .append("\" height=\"")
                    .append(height)
                    .append("\"/>");
            if (i % every == 0) {
                svg.append("<text class=\"value\" x=\"")
                        .append(x + barWidth / 2)
                        .append("\" y=\"")
                        .append(baseline - height - 4)
                        .append("\" text-anchor=\"middle\">")
                        .append(format(bar.value()))
                        .append(unit)
                        .append("</text>");
            }
            if (i % every == 0) {
                svg.append("<text class=\"label\" x=\"")
                        .append(x + barWidth / 2)
                        .append("\" y=\"")
                        .append(baseline + 16)
                        .append("\" text-anchor=\"middle\">")
                        .append(HtmlUtils.htmlEscape(bar.label()))
                        .append("</text>");
            }
        }
        svg.append("<line class=\"axis\" x1=\"24\" x2=\"")
                .append(WIDTH - 8)
                .append("\" y1=\"")
                .append(baseline)
                .append("\" y2=\"")
                .append(baseline)
                .append("\"/>");
        if (target > 0) {
            int y = baseline - (int) Math.round(target * scale);
            svg.append("<line class=\"target\" x1=\"24\" x2=\"")
                    .append(WIDTH - 8)
                    .append("\" y1=\"")
                    .append(y)
                    .append("\" y2=\"")
                    .append(y)
                    .append("\"/><text class=\"label\" x=\"")
                    .append(WIDTH - 8)
                    .append("\" y=\"")
                    .append(y - 4)
                    .append("\" text-anchor=\"end\">objectif ")
                    .append(format(target))
                    .append(unit)
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.FRENCH, "%.1f", value);
    }
}
