package fr.plie.spreadsheet;

import java.util.List;

/**
 * The rows of one parcours (or one row, or the header) that cannot be imported, with every error found in them:
 * what the rejects file holds.
 *
 * @param rows each row's number followed by its cells as read
 */
public record RejectedRows(List<Row> rows, List<CellError> errors) {
    public RejectedRows {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    /** One row of the file: its 1-based number and its cells. */
    public record Row(long number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
