package fr.plie.export;

import fr.plie.core.parcours.ParcoursId;
import fr.plie.reporting.indicator.BreakdownRow;
import fr.plie.reporting.indicator.Caseload;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.SectorFigure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The drill-down as CSV: one line per figure and parcours counted (code; pseudonymous parcours id), so a
 * coordinator can check a number before publishing it. Internal use only: it is never masked. Empty unless the
 * report was computed with {@code drillDown}.
 */
final class DrillDownCsv implements ReportExporter {
    @Override
    public void write(IndicatorReport report, ExportSettings settings, OutputStream out) throws IOException {
        Locale locale = settings.locale();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(
                writer,
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .setRecordSeparator("\r\n")
                        .setHeader(
                                ReportTable.label("column.code", locale), ReportTable.label("column.parcours", locale))
                        .get());
        for (Indicator indicator : Indicator.values()) {
            print(printer, indicator.code(), report.figure(indicator).parcours());
        }
        print(printer, "median.parcours-length", report.parcoursLength().parcours());
        print(
                printer,
                "median.time-to-first-employment",
                report.timeToFirstEmployment().parcours());
        for (SectorFigure sector : report.sectors()) {
            print(printer, "sector/" + sector.sector(), sector.parcours());
        }
        for (Caseload load : report.caseloads()) {
            print(
                    printer,
                    "caseload/" + load.referent().map(Object::toString).getOrElse(BreakdownRow.UNKNOWN),
                    load.parcours());
        }
        for (BreakdownRow row : report.breakdowns()) {
            print(printer, row.dimension().name().toLowerCase(Locale.ROOT) + "/" + row.key(), row.parcours());
        }
        printer.flush();
    }

    private static void print(CSVPrinter printer, String code, List<ParcoursId> ids) throws IOException {
        for (ParcoursId id : ids) {
            printer.printRecord(code, id.value());
        }
    }
}
