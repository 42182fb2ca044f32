package fr.plie.spreadsheet;

import fr.plie.core.common.Rejection;
import fr.plie.core.internal.MessageBundle;
import java.util.Locale;

/**
 * Why a cell (or a row, or the file) cannot be imported, located for the person who must fix it: file, sheet (empty
 * for a CSV), 1-based row, column title and the cell's value as read. The value is the user's own input, shown
 * back to them on their terminal or in the rejects file; it never goes to a log.
 *
 * @param row 0 when the file itself cannot be read
 * @param column empty when the error concerns the whole row or file
 */
public record CellError(String file, String sheet, long row, String column, String value, Rejection rejection) {
    /** The import's texts: the locations ({@code at.*}) and the rejects file's header. */
    static final MessageBundle MESSAGES =
            new MessageBundle("fr.plie.spreadsheet.messages", CellError.class::getResourceAsStream);
    /** The import's rejections ({@code file.*}, {@code header.*}, {@code row.*}, {@code cell.*}), same bundle. */
    static final Rejection.Texts TEXTS =
            Rejection.Texts.of("fr.plie.spreadsheet.messages", CellError.class::getResourceAsStream);

    /**
     * The reason alone, in French or English.
     *
     * @param locale the reader's locale
     * @return the reason
     */
    public String reason(Locale locale) {
        return rejection.message(locale);
    }

    /**
     * {@code file, sheet, row, column "value": reason}, in French or English.
     *
     * @param locale the reader's locale
     * @return the located message
     */
    public String message(Locale locale) {
        StringBuilder at = new StringBuilder(file);
        if (!sheet.isEmpty()) {
            at.append(", ").append(MESSAGES.render("at.sheet", java.util.List.of(sheet), locale));
        }
        if (row > 0) {
            at.append(", ").append(MESSAGES.render("at.row", java.util.List.of(row), locale));
        }
        if (!column.isEmpty()) {
            at.append(", ").append(MESSAGES.render("at.column", java.util.List.of(column), locale));
            at.append(" \"").append(value).append('"');
        }
        return at + (MessageBundle.isEnglish(locale) ? ": " : " : ") + reason(locale);
    }

    @Override
    public String toString() {
        return "CellError[" + file + ", " + sheet + ", row " + row + ", " + column + ", " + rejection.code() + "]";
    }
}
