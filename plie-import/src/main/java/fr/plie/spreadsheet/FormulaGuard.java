package fr.plie.spreadsheet;

/**
 * Neutralises text a spreadsheet would run as a formula (CSV injection, OWASP): a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which Excel and
 * LibreOffice show as text. Every CSV and XLSX plie writes goes through it (the report exports, the ESF+ file, the
 * import template and rejects file); the import takes the apostrophe off again, so what plie wrote reads back as it
 * was. Numbers plie writes itself (negative values included) are not text and never pass here.
 */
public final class FormulaGuard {
    private FormulaGuard() {}

    /**
     * {@code text}, with a leading {@code '} when a spreadsheet would read it as a formula.
     *
     * @param text a cell's text, possibly null
     * @return the text, safe in a spreadsheet
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return startsLikeFormula(text, 0) ? "'" + text : text;
    }

    /**
     * {@code text} without the apostrophe {@link #neutralise} put before it, if it has one.
     *
     * @param text a cell's text
     * @return the text as it was before
     */
    public static String restore(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && startsLikeFormula(text, 1) ? text.substring(1) : text;
    }

    private static boolean startsLikeFormula(String text, int at) {
        char first = text.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
