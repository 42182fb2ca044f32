package fr.plie.export;

import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.spreadsheet.FormulaGuard;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV with Apache Commons CSV; one line per {@link ReportRow}, rates and shares in percent (the share column
 * last, so that readers of the former columns are not disturbed).
 */
final class CsvReportExporter implements ReportExporter {
    private final char delimiter;
    private final boolean byteOrderMark;

    CsvReportExporter(char delimiter, boolean byteOrderMark) {
        this.delimiter = delimiter;
        this.byteOrderMark = byteOrderMark;
    }

    @Override
    public void write(IndicatorReport report, ExportSettings settings, OutputStream out) throws IOException {
        Locale locale = settings.locale();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setRecordSeparator("\r\n")
                .setHeader(
                        ReportTable.label("column.section", locale),
                        ReportTable.label("column.code", locale),
                        ReportTable.label("column.label", locale),
                        ReportTable.label("column.unit", locale),
                        ReportTable.label("column.value", locale),
                        ReportTable.label("column.women", locale),
                        ReportTable.label("column.men", locale),
                        ReportTable.label("column.non-binary", locale),
                        ReportTable.label("column.target", locale),
                        ReportTable.label("column.share", locale))
                .get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        Disclosure disclosure = settings.disclosure();
        for (ReportRow row : ReportTable.rows(report, settings)) {
            printer.printRecord(
                    ReportTable.label("section." + row.section(), locale),
                    FormulaGuard.neutralise(row.code()),
                    FormulaGuard.neutralise(row.label()),
                    row.unit() == Unit.TEXT
                            ? ""
                            : ReportTable.label("unit." + row.unit().name().toLowerCase(Locale.ROOT), locale),
                    Numbers.text(row, row.value(), row.masked(), disclosure, locale),
                    Numbers.text(row, row.women(), row.womenMasked(), disclosure, locale),
                    Numbers.text(row, row.men(), row.menMasked(), disclosure, locale),
                    Numbers.text(row, row.nonBinary(), row.nonBinaryMasked(), disclosure, locale),
                    Numbers.text(row, row.target(), false, disclosure, locale),
                    Numbers.share(row, disclosure, locale));
        }
        printer.flush();
    }
}
