package fr.plie.export.esf;

import fr.plie.core.common.Id;
import fr.plie.core.esf.EsfOperation;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfOperations;
import fr.plie.core.parcours.ReportingPeriod;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * The ESF+ operations a PLIE declares, read from a CSV file in UTF-8 ({@code ;}, {@code #} comments): after a
 * header line, {@code identifiant;début;fin;structure porteuse;libellé} with dates {@code dd/MM/yyyy}
 * (docs/esf.md, "Operations").
 */
public final class EsfOperationsFile {
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private EsfOperationsFile() {}

    /**
     * The operations of {@code reader}, or every located error of the file.
     *
     * @param reader the operations file
     * @param file its name, for the errors
     * @return the operations, or the errors
     */
    public static Either<List<EsfConfigError>, EsfOperations> read(Reader reader, String file) {
        List<EsfConfigError> errors = new ArrayList<>();
        List<EsfOperation> operations = new ArrayList<>();
        try {
            for (CSVRecord record : EsfColumns.CONFIG_FORMAT.parse(reader)) {
                long line = record.getParser().getCurrentLineNumber();
                if (record.size() < 5) {
                    errors.add(new EsfConfigError(file, line, "operations.columns", String.valueOf(record.size())));
                    continue;
                }
                String id = record.get(0);
                LocalDate from = date(record.get(1), file, line, errors);
                LocalDate to = date(record.get(2), file, line, errors);
                if (!Id.isValid(id)) {
                    errors.add(new EsfConfigError(file, line, "operations.bad-id", id));
                } else if (from != null && to != null) {
                    if (to.isBefore(from)) {
                        errors.add(new EsfConfigError(file, line, "operations.end-before-start", record.get(2)));
                    } else if (record.get(3).isEmpty()) {
                        errors.add(new EsfConfigError(file, line, "operations.no-structure", id));
                    } else {
                        operations.add(new EsfOperation(
                                EsfOperationId.of(id), new ReportingPeriod(from, to), record.get(3), record.get(4)));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            errors.add(new EsfConfigError(file, 0, "mapping.unreadable", ""));
        }
        if (!errors.isEmpty()) {
            return Either.left(errors);
        }
        return EsfOperations.of(operations)
                .mapLeft(rejection -> List.of(new EsfConfigError(
                        file,
                        0,
                        "operations.rejected",
                        rejection.args().stream()
                                .map(Object::toString)
                                .reduce((a, b) -> a + " / " + b)
                                .orElse(""))));
    }

    private static LocalDate date(String text, String file, long line, List<EsfConfigError> errors) {
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new EsfConfigError(file, line, "operations.bad-date", text));
            return null;
        }
    }
}
