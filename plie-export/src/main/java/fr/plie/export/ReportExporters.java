package fr.plie.export;

/**
 * The exports of an indicator report: CSV for French Excel (semicolons, UTF-8 byte-order mark), XLSX with one
 * sheet per indicator group, real numbers and native charts, and the committee report in HTML and PDF.
 *
 * <p>Thread-safe: the exporters keep nothing between calls, so one serves several threads at once, each writing
 * its own stream.
 */
public final class ReportExporters {
    private ReportExporters() {}

    /**
     * Semicolon-separated, UTF-8 with a byte-order mark, decimal separator of the labels' language.
     *
     * @return the exporter
     */
    public static ReportExporter csv() {
        return new CsvReportExporter(';', true);
    }

    /**
     * CSV with another delimiter (a comma for English tools) and with or without the byte-order mark.
     *
     * @param delimiter the field delimiter
     * @param byteOrderMark whether to start with a byte-order mark
     * @return the exporter
     */
    public static ReportExporter csv(char delimiter, boolean byteOrderMark) {
        return new CsvReportExporter(delimiter, byteOrderMark);
    }

    /**
     * One sheet per section; counts, percentages (with a percentage format) and days as numeric cells.
     *
     * @return the exporter
     */
    public static ReportExporter xlsx() {
        return new XlsxReportExporter();
    }

    /**
     * The pseudonymous parcours ids behind every figure, one {@code code;parcours} line each, for checking a
     * figure before publishing it (needs a report computed with drill-down; never masked, not for publication).
     *
     * @return the exporter
     */
    public static ReportExporter drillDownCsv() {
        return new DrillDownCsv();
    }

    /**
     * One HTML file, its SVG charts inline: it can be mailed or archived as is, and prints on A4 (summary first,
     * charts, then the tables).
     *
     * @return the exporter
     */
    public static ReportExporter html() {
        return new HtmlReportExporter();
    }

    /**
     * The same report as a PDF on A4 pages, its charts as vectors.
     *
     * @return the exporter
     */
    public static ReportExporter pdf() {
        return new PdfReportExporter();
    }
}
