package fr.plie.export;

import java.math.BigDecimal;

/**
 * One line of an exported report, already labelled and protected: what CSV, XLSX and HTML all write.
 *
 * @param value the number (a fraction for {@link Unit#PERCENT}); null when masked, not computable or text
 * @param women null unless the figure has a gender breakdown (or when masked)
 * @param target null without a target
 * @param masked the value was hidden by the small-count protection
 * @param share for a part of a typology or a sector, its share of the typology's whole (a fraction), stated on
 *     the typology's {@code whole/...} row; null otherwise or when masked
 * @param shareMasked the share was hidden because its part or its whole is a small count
 */
public record ReportRow(
        Section section,
        String code,
        String label,
        Unit unit,
        BigDecimal value,
        BigDecimal women,
        BigDecimal men,
        BigDecimal nonBinary,
        BigDecimal target,
        boolean masked,
        boolean womenMasked,
        boolean menMasked,
        boolean nonBinaryMasked,
        BigDecimal share,
        boolean shareMasked) {
    /**
     * A line of text without a value: what the model does not compute, the masking legend.
     *
     * @param code the row's code
     * @param text the text
     * @return the row
     */
    public static ReportRow note(String code, String text) {
        return new ReportRow(
                Section.NOT_COMPUTED,
                code,
                text,
                Unit.TEXT,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                false,
                null,
                false);
    }
}
