package fr.plie.export;

import fr.plie.reporting.indicator.IndicatorReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** A self-contained HTML page: title, charts as data URIs, then one table per {@link Section}. */
final class HtmlReportExporter implements ReportExporter {
    @Override
    public void write(IndicatorReport report, ExportSettings settings, OutputStream out) throws IOException {
        Locale locale = settings.locale();
        Disclosure disclosure = settings.disclosure();
        String title = ReportTable.label(
                "title",
                locale,
                report.period().from().toString(),
                report.period().to().toString());
        Charts charts = new Charts(report, settings);
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(locale.getLanguage())
                .append("\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(title))
                .append(
                        "</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
                                + "td,th{border:1px solid #ccc;padding:4px 8px}td.n{text-align:right}td.masked{font-style:italic;color:#a00}"
                                + "img{max-width:100%;margin:1em 0}</style>\n</head>\n<body>\n<h1>")
                .append(escape(title))
                .append("</h1>\n");
        if (disclosure.threshold() > 1) {
            html.append("<p class=\"masked-legend\">")
                    .append(escape(
                            ReportTable.label("masked", locale, disclosure.threshold() - 1, disclosure.threshold())))
                    .append(' ')
                    .append(escape(ReportTable.label("chart.masked-note", locale)))
                    .append("</p>\n");
        }
        image(html, charts.exitRates(), ReportTable.label("chart.rates", locale));
        image(html, charts.entriesAndExitsByMonth(), ReportTable.label("chart.months", locale));
        image(html, charts.jobTypology(), ReportTable.label("chart.jobs", locale));
        image(html, charts.employerTypology(), ReportTable.label("chart.employers", locale));
        List<ReportRow> rows = ReportTable.rows(report, settings);
        Section current = null;
        for (ReportRow row : rows) {
            if (row.section() != current) {
                if (current != null) {
                    html.append("</table>\n");
                }
                current = row.section();
                html.append("<h2 id=\"")
                        .append(current.name().toLowerCase(Locale.ROOT))
                        .append("\">")
                        .append(escape(ReportTable.label("section." + current, locale)))
                        .append("</h2>\n<table>\n<tr>");
                for (String column : new String[] {"label", "value", "women", "men", "non-binary", "target"}) {
                    html.append("<th>")
                            .append(escape(ReportTable.label("column." + column, locale)))
                            .append("</th>");
                }
                html.append("</tr>\n");
            }
            html.append("<tr data-code=\"")
                    .append(escape(row.code()))
                    .append("\"><td>")
                    .append(escape(row.label()))
                    .append("</td>");
            cell(html, row, row.value(), row.masked(), settings);
            cell(html, row, row.women(), row.womenMasked(), settings);
            cell(html, row, row.men(), row.menMasked(), settings);
            cell(html, row, row.nonBinary(), row.nonBinaryMasked(), settings);
            cell(html, row, row.target(), false, settings);
            html.append("</tr>\n");
        }
        if (current != null) {
            html.append("</table>\n");
        }
        html.append("</body>\n</html>\n");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(html.toString());
        writer.flush();
    }

    private static void image(StringBuilder html, String dataUri, String alt) {
        html.append("<img src=\"")
                .append(dataUri)
                .append("\" alt=\"")
                .append(escape(alt))
                .append("\">\n");
    }

    private static void cell(
            StringBuilder html, ReportRow row, java.math.BigDecimal value, boolean masked, ExportSettings settings) {
        String text = Numbers.text(row, value, masked, settings.disclosure(), settings.locale());
        if (!masked && value != null && row.unit() == Unit.PERCENT) {
            text = text + " %";
        }
        html.append(masked ? "<td class=\"n masked\">" : "<td class=\"n\">")
                .append(escape(text))
                .append("</td>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
