package fr.plie.adapter.json;

import fr.plie.core.internal.MessageBundle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in a document: what (a stable {@link JsonErrorCode} and its arguments), where (the JSON
 * Pointer of the field, the line and column), and how bad (an error refuses the document, a warning does not).
 * Arguments never hold values read from the document, so no personal data reaches a message or a log.
 *
 * @param pointer the RFC 6901 JSON Pointer of the field, {@code ""} for the whole document
 * @param line 1-based line (in NDJSON, the line of the file), 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record JsonError(
        Severity severity, JsonErrorCode code, String pointer, long line, int column, List<Object> args) {
    private static final MessageBundle MESSAGES =
            new MessageBundle("fr.plie.adapter.json.messages", JsonError.class::getResourceAsStream);

    /** Whether the problem refuses the document. */
    public enum Severity {
        /** Refuses the document. */
        ERROR,
        /** Reported, not blocking: an unknown field read in lenient mode. */
        WARNING
    }

    /**
     * Copies the arguments, so the error stays immutable.
     *
     * @param severity whether the problem refuses the document
     * @param code the stable code
     * @param pointer the RFC 6901 JSON Pointer of the field, {@code ""} for the whole document
     * @param line 1-based line (in NDJSON, the line of the file), 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param args the values the message cites, never values read from the document
     * @throws NullPointerException if {@code severity}, {@code code}, {@code pointer} or {@code args} is null
     */
    public JsonError {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        args = List.copyOf(args);
    }

    /**
     * The French text, pointer and position included.
     *
     * @return the French text
     */
    public String message() {
        return message(MessageBundle.FRENCH);
    }

    /**
     * The text in {@code locale} (French or English), pointer and position included.
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String message(Locale locale) {
        // positions as plain digits: the bundle would group them ("colonne 1 548")
        String where = MESSAGES.render(
                "where",
                List.of(pointer.isEmpty() ? "/" : pointer, String.valueOf(line), String.valueOf(column)),
                locale);
        return MESSAGES.render(code.code(), args, locale) + " " + where;
    }

    @Override
    public String toString() {
        return severity + " " + code.code() + args + " at '" + pointer + "' " + line + ":" + column;
    }
}
