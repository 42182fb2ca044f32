package fr.plie.export;

/**
 * Neutralises text a spreadsheet would run as a formula (CSV injection, OWASP): a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which Excel and
 * LibreOffice show as text. Numbers plie writes itself (negative values included) are not text and never pass
 * here. The rule lives in {@link fr.plie.spreadsheet.FormulaGuard}, which the import also reads back; this name
 * stays for the exports' callers.
 */
public final class FormulaGuard {
    private FormulaGuard() {}

    /**
     * {@code text}, with a leading {@code '} when a spreadsheet would read it as a formula.
     *
     * @param text a text to write in a cell
     * @return the text, safe in a spreadsheet
     */
    public static String neutralise(String text) {
        return fr.plie.spreadsheet.FormulaGuard.neutralise(text);
    }
}
