package fr.plie.spreadsheet;

import java.util.List;

/**
 * The rows of one parcours (or one row, or the header) that cannot be imported, with every error found in them:
 * what the rejects file holds.
 *
 * @param rows each row's number followed by its cells as read
 */
public record RejectedRows(List<Row> rows, List<CellError> errors) {
    /**
     * Copies the lists, so the group stays immutable.
     *
     * @param rows each row's number followed by its cells as read
     * @param errors the errors found in the rows
     */
    public RejectedRows {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    /** One row of the file: its 1-based number and its cells. */
    public record Row(long number, List<String> cells) {
        /**
         * Copies the cells, so the row stays immutable.
         *
         * @param number the 1-based row number
         * @param cells the cells as read
         */
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
