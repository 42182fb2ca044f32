package fr.plie.export.esf;

import fr.plie.core.esf.EsfQuestion;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The columns of the ESF+ participant file, read from a mapping file (docs/esf.md, "The column mapping"): CSV in
 * UTF-8, {@code ;}-separated, lines {@code header;field;translations} after a header line, {@code #} comments.
 * {@link #defaults()} is the template shipped with plie.
 */
public final class EsfColumns {
    /** The template's classpath resource: copy it, change headers, order and translations. */
    public static final String DEFAULT_TEMPLATE = "/fr/plie/export/esf/esf-columns-default.csv";

    /** The CSV of plie's ESF+ configuration files: {@code ;}, {@code #} comments, a header line, trimmed. */
    static final CSVFormat CONFIG_FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    private final List<EsfColumn> columns;

    private EsfColumns(List<EsfColumn> columns) {
        this.columns = List.copyOf(columns);
    }

    /** {@return the columns, in the file's order} */
    public List<EsfColumn> columns() {
        return columns;
    }

    /**
     * The default template: the French questionnaire's items in Annex I's order, French headers and values.
     *
     * @return the default columns
     */
    public static EsfColumns defaults() {
        try (InputStream in = EsfColumns.class.getResourceAsStream(DEFAULT_TEMPLATE)) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "esf-columns-default.csv")
                    .getOrElseThrow(errors -> new IllegalStateException("the shipped template is invalid: " + errors));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The mapping of {@code reader}, or every located error it holds.
     *
     * @param reader the mapping file
     * @param file its name, for the errors
     * @return the columns, or the errors
     */
    public static Either<List<EsfConfigError>, EsfColumns> read(Reader reader, String file) {
        List<EsfConfigError> errors = new ArrayList<>();
        List<EsfColumn> columns = new ArrayList<>();
        try {
            for (CSVRecord record : CONFIG_FORMAT.parse(reader)) {
                long line = record.getParser().getCurrentLineNumber();
                String header = record.size() > 0 ? record.get(0) : "";
                String field = record.size() > 1 ? record.get(1) : "";
                String codes = record.size() > 2 ? record.get(2) : "";
                if (header.isEmpty()) {
                    errors.add(new EsfConfigError(file, line, "mapping.empty-header", field));
                    continue;
                }
                Either<EsfField, EsfQuestion> content = content(field);
                if (content == null) {
                    errors.add(new EsfConfigError(file, line, "mapping.unknown-field", field));
                    continue;
                }
                Map<String, String> translations = new LinkedHashMap<>();
                for (String pair : codes.isEmpty() ? new String[0] : codes.split("\\|")) {
                    int equals = pair.indexOf('=');
                    if (equals <= 0) {
                        errors.add(new EsfConfigError(file, line, "mapping.bad-translation", pair));
                    } else {
                        translations.put(
                                pair.substring(0, equals).trim(),
                                pair.substring(equals + 1).trim());
                    }
                }
                columns.add(new EsfColumn(header, content, translations));
            }
        } catch (IOException | UncheckedIOException e) {
            errors.add(new EsfConfigError(file, 0, "mapping.unreadable", ""));
        }
        if (errors.isEmpty() && columns.isEmpty()) {
            errors.add(new EsfConfigError(file, 0, "mapping.no-column", ""));
        }
        return errors.isEmpty() ? Either.right(new EsfColumns(columns)) : Either.left(errors);
    }

    private static Either<EsfField, EsfQuestion> content(String name) {
        for (EsfField field : EsfField.values()) {
            if (field.name().equals(name)) {
                return Either.left(field);
            }
        }
        for (EsfQuestion question : EsfQuestion.values()) {
            if (question.name().equals(name)) {
                return Either.right(question);
            }
        }
        return null;
    }
}
