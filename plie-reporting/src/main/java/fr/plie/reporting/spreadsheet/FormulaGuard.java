package fr.plie.reporting.spreadsheet;

/**
 * Neutralises text a spreadsheet would run as a formula (CSV injection, OWASP): a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which Excel and
 * LibreOffice show as text. Numbers plie writes itself (negative values included) are not text and never pass
 * here.
 */
public final class FormulaGuard {
    private FormulaGuard() {}

    /** {@code text}, with a leading {@code '} when a spreadsheet would read it as a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
