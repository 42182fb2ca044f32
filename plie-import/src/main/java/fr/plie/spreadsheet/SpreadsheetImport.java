package fr.plie.spreadsheet;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the participants and parcours of a CSV or XLSX file exported by another tool, through a {@link
 * ColumnMapping}: the first row names the columns, then each row holds a parcours with its participant and at most
 * one step; the rows of a parcours follow each other (its fields repeated or left empty). Each parcours comes out
 * whole, built through the lifecycle, or rejected with every error of its rows, located (file, sheet, row, column,
 * value). Constant memory: one parcours' rows are held at a time, plus the set of identifiers already seen.
 *
 * <pre>{@code
 * SpreadsheetImport.Summary summary = SpreadsheetImport.of(ColumnMapping.defaults())
 *         .read(Path.of("export-abc.csv"), imported -> store(imported), rejected -> report(rejected));
 * }</pre>
 */
public final class SpreadsheetImport {
    /** A parcours' rows found apart from each other: args the row where the parcours was first read. */
    public static final String PARCOURS_SPLIT = "row.parcours-split";
    /** A row without parcours identifier. */
    public static final String NO_PARCOURS = "row.no-parcours";
    /** The file has no header row. */
    public static final String EMPTY = "file.empty";

    private final ColumnMapping mapping;

    private SpreadsheetImport(ColumnMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    /**
     * An import of files laid out as {@code mapping} says.
     *
     * @param mapping the column mapping
     * @return the import
     * @throws NullPointerException if {@code mapping} is null
     */
    public static SpreadsheetImport of(ColumnMapping mapping) {
        return new SpreadsheetImport(mapping);
    }

    /**
     * What a reading found.
     *
     * @param rows the data rows read (the header excluded)
     * @param imported the parcours handed to {@code imported}
     * @param rejected the groups of rows handed to {@code rejected}
     */
    public record Summary(long rows, long imported, long rejected) {}

    /**
     * Reads {@code file} (XLSX when its name ends with {@code .xlsx}, CSV otherwise), handing each parcours to
     * {@code imported} and each group of bad rows to {@code rejected}; a header or file that cannot be read is one
     * rejected group without rows.
     *
     * @param file the CSV or XLSX file
     * @param imported receives each parcours read
     * @param rejected receives each group of bad rows
     * @return what the reading found
     */
    public Summary read(Path file, Consumer<ImportedParcours> imported, Consumer<RejectedRows> rejected) {
        String name = file.getFileName().toString();
        String sheet = SheetRows.isXlsx(file) ? mapping.sheet().getOrElse("") : "";
        Reading r = new Reading(name, sheet, imported, rejected);
        Option<CellError> failure = SheetRows.read(file, mapping, r::row);
        r.finish();
        failure.forEach(e -> r.reject(new RejectedRows(List.of(), List.of(e))));
        if (failure.isEmpty() && r.header == null && !r.headerRejected) {
            r.reject(new RejectedRows(
                    List.of(), List.of(new CellError(name, sheet, 0, "", "", CellError.TEXTS.rejection(EMPTY)))));
        }
        return new Summary(r.rows, r.imported, r.rejected);
    }

    /** The state of one reading. */
    private final class Reading {
        final String file;
        final String sheet;
        final Consumer<ImportedParcours> onImported;
        final Consumer<RejectedRows> onRejected;
        final Set<String> done = new HashSet<>();
        Header header;
        boolean headerRejected;
        String currentId;
        ParcoursRows current;
        long rows;
        long imported;
        long rejected;

        Reading(String file, String sheet, Consumer<ImportedParcours> imported, Consumer<RejectedRows> rejected) {
            this.file = file;
            this.sheet = sheet;
            this.onImported = imported;
            this.onRejected = rejected;
        }

        void row(long number, List<String> cells) {
            if (headerRejected) {
                return;
            }
            if (header == null) {
                Either<List<CellError>, Header> h = Header.of(mapping, cells, file, sheet, number);
                if (h.isLeft()) {
                    headerRejected = true;
                    reject(new RejectedRows(List.of(new RejectedRows.Row(number, cells)), h.getLeft()));
                } else {
                    header = h.get();
                }
                return;
            }
            rows++;
            String id = header.parcoursId(mapping, cells);
            if (id.isEmpty() && current != null) {
                // a continuation row that leaves the parcours' fields empty
                id = currentId;
            }
            if (current != null && !id.equals(currentId)) {
                finish();
            }
            if (id.isEmpty()) {
                reject(new RejectedRows(
                        List.of(new RejectedRows.Row(number, cells)),
                        List.of(new CellError(file, sheet, number, "", "", CellError.TEXTS.rejection(NO_PARCOURS)))));
                return;
            }
            if (current == null) {
                if (!done.add(id)) {
                    reject(new RejectedRows(
                            List.of(new RejectedRows.Row(number, cells)),
                            List.of(new CellError(
                                    file, sheet, number, "", id, CellError.TEXTS.rejection(PARCOURS_SPLIT)))));
                    return;
                }
                current = new ParcoursRows(mapping, header, file, sheet);
                currentId = id;
            }
            current.add(number, cells);
        }

        void finish() {
            if (current != null) {
                current.build()
                        .peek(p -> {
                            imported++;
                            onImported.accept(p);
                        })
                        .peekLeft(this::reject);
                current = null;
                currentId = null;
            }
        }

        void reject(RejectedRows bad) {
            rejected++;
            onRejected.accept(bad);
        }
    }
}
