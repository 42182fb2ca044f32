package fr.plie.export.esf;

import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfOperation;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.internal.MessageBundle;
import fr.plie.core.participant.PersonalData;
import fr.plie.reporting.esf.EsfOperationTable;
import fr.plie.reporting.esf.EsfParticipantRow;
import fr.plie.reporting.esf.EsfTableRow;
import fr.plie.reporting.esf.ParticipantOperation;
import fr.plie.spreadsheet.FormulaGuard;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the ESF+ participant file of an operation for bulk integration: one row per participant-operation, CSV
 * in UTF-8 with {@code ;} separators and CRLF, columns from an {@link EsfColumns} mapping, dates {@code dd/MM/yyyy},
 * {@code #} lines at the top for traceability and the EU co-funding mention; and the operation's EECO/EECR table.
 * Text cells a spreadsheet would run as formulas are neutralised ({@link FormulaGuard}).
 */
public final class EsfParticipantFile {
    private static final MessageBundle MESSAGES =
            new MessageBundle("fr.plie.export.esf.messages", EsfParticipantFile.class::getResourceAsStream);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private EsfParticipantFile() {}

    /**
     * Writes the rows of {@code operation} (rows of other operations are left out); {@code out} is left open.
     *
     * @param operation the operation
     * @param rows the rows
     * @param columns the file's columns
     * @param header who extracted the file, when and how
     * @param locale the language of the dates and labels
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void write(
            EsfOperation operation,
            List<EsfParticipantRow> rows,
            EsfColumns columns,
            EsfFileHeader header,
            Locale locale,
            OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(
                writer,
                format(
                        operation,
                        header,
                        locale,
                        columns.columns().stream()
                                .map(c -> FormulaGuard.neutralise(c.header()))
                                .toArray(String[]::new)));
        for (EsfParticipantRow row : rows) {
            if (!row.sheet().record().operation().id().equals(operation.id())) {
                continue;
            }
            List<String> cells = new ArrayList<>(columns.columns().size());
            for (EsfColumn column : columns.columns()) {
                cells.add(FormulaGuard.neutralise(cell(column, row)));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /**
     * Writes the EECO/EECR table of one operation: code, label, total, women, men, non-binary.
     *
     * @param table the table
     * @param header who extracted the file, when and how
     * @param locale the language of the labels
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void writeTable(EsfOperationTable table, EsfFileHeader header, Locale locale, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(
                writer,
                format(
                        table.operation(),
                        header,
                        locale,
                        text("table.code", locale),
                        text("table.label", locale),
                        text("table.total", locale),
                        text("table.women", locale),
                        text("table.men", locale),
                        text("table.non-binary", locale)));
        for (EsfTableRow row : table.rows()) {
            printer.printRecord(
                    row.code(),
                    text("code." + row.code(), locale),
                    row.total(),
                    row.women(),
                    row.men(),
                    row.nonBinary());
        }
        printer.flush();
    }

    private static CSVFormat format(EsfOperation operation, EsfFileHeader header, Locale locale, String... columns) {
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setRecordSeparator("\r\n")
                .setCommentMarker('#')
                .setHeaderComments(
                        MESSAGES.render(
                                "file.operation",
                                List.of(
                                        operation.id(),
                                        operation.label(),
                                        operation.carryingStructure(),
                                        operation.period().from(),
                                        operation.period().to()),
                                locale),
                        MESSAGES.render(
                                "file.extraction",
                                List.of(header.who(), header.when().toString(), header.filter()),
                                locale),
                        MESSAGES.render("file.personal-data", List.of(), locale),
                        MESSAGES.render("file.co-funded", List.of(), locale))
                .setHeader(columns)
                .get();
    }

    private static String cell(EsfColumn column, EsfParticipantRow row) {
        if (column.content().isRight()) {
            EsfQuestion question = column.content().get();
            return row.sheet()
                    .response(question)
                    .answer()
                    .map(EsfAnswer::asText)
                    .map(column::translate)
                    .getOrElse("");
        }
        ParticipantOperation record = row.sheet().record();
        PersonalData personal = row.personalData().getOrNull();
        return switch (column.content().getLeft()) {
            case PARTICIPANT_ID -> record.participant().value();
            case PARCOURS_ID -> record.parcours().value();
            case OPERATION_ID -> record.operation().id().value();
            case CARRYING_STRUCTURE -> record.operation().carryingStructure();
            case LAST_NAME -> personal == null ? "" : personal.lastName();
            case FIRST_NAME -> personal == null ? "" : personal.firstName();
            case BIRTH_DATE -> date(row.profile().birthDate());
            case SEX -> column.translate(row.profile().sex().name());
            case RESIDENCE_COMMUNE -> row.profile().residenceCommune().value();
            case ENTRY_DATE -> date(record.entry());
            case EXIT_DATE -> record.exit().map(EsfParticipantFile::date).getOrElse("");
            case EXIT_KIND ->
                record.exit()
                        .map(e -> column.translate(record.leftParcours() ? "PARCOURS_EXIT" : "OPERATION_END"))
                        .getOrElse("");
            case MISSING_ANSWERS ->
                row.sheet().missing().stream().map(r -> r.question().name()).collect(Collectors.joining("|"));
        };
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String text(String key, Locale locale) {
        return MESSAGES.render(key, List.of(), locale);
    }
}
