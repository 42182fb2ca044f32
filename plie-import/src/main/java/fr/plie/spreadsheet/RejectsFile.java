package fr.plie.spreadsheet;

import fr.plie.core.internal.MessageBundle;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows an import set aside, as a CSV in UTF-8 with the mapping's delimiter: the row's number, its cells as
 * read, and its errors, so a person fixes them and imports the file again. Cells pass through {@link
 * FormulaGuard} (a rejected cell may well be a formula) and read back as they were.
 */
public final class RejectsFile implements Closeable {
    private final CSVPrinter printer;
    private final Locale locale;

    private RejectsFile(CSVPrinter printer, Locale locale) {
        this.printer = printer;
        this.locale = locale;
    }

    /**
     * A rejects file on {@code out} whose header repeats {@code mapping}'s column titles.
     *
     * @param mapping the import's mapping
     * @param locale the language of the header and the errors
     * @param out where to write
     * @return the rejects file
     * @throws java.io.IOException if writing fails
     */
    public static RejectsFile open(ColumnMapping mapping, Locale locale, OutputStream out) throws IOException {
        CSVPrinter printer = new CSVPrinter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).get());
        List<String> header = new ArrayList<>();
        header.add(MessageBundle.isEnglish(locale) ? "row" : "ligne");
        mapping.columns().forEach(c -> header.add(FormulaGuard.neutralise(c.header())));
        header.add(CellError.MESSAGES.render("rejects.errors", List.of(), locale));
        printer.printRecord(header);
        return new RejectsFile(printer, locale);
    }

    /**
     * Writes the rows of {@code rejected}, each with the errors located on it; the cells are those of the source's
     * columns, in the source's order (as many as the row has).
     *
     * @param rejected the rows and their errors
     * @throws java.io.IOException if writing fails
     */
    public void write(RejectedRows rejected) throws IOException {
        if (rejected.rows().isEmpty()) {
            printer.printRecord("", errors(rejected.errors()));
            return;
        }
        for (RejectedRows.Row row : rejected.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(Long.toString(row.number()));
            row.cells().forEach(c -> cells.add(FormulaGuard.neutralise(c)));
            List<CellError> own = rejected.errors().stream()
                    .filter(e -> e.row() == row.number())
                    .toList();
            cells.add(errors(own));
            printer.printRecord(cells);
        }
    }

    private String errors(List<CellError> errors) {
        return FormulaGuard.neutralise(
                errors.stream().map(e -> e.message(locale)).collect(Collectors.joining(" | ")));
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
