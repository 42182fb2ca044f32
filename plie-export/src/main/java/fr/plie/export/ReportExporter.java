package fr.plie.export;

import fr.plie.reporting.indicator.IndicatorReport;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a report in one format; get one from {@link ReportExporters}. The stream is left open. plie's exporters
 * are thread-safe: they keep nothing between calls.
 */
public interface ReportExporter {
    /**
     * Writes {@code report} to {@code out}, which is left open.
     *
     * @param report the report
     * @param settings the language, the small-count protection and the emblem
     * @param out where to write
     * @throws IOException if writing fails
     */
    void write(IndicatorReport report, ExportSettings settings, OutputStream out) throws IOException;
}
