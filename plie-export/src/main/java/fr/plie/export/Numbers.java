package fr.plie.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How numbers read in text exports: percents with 2 decimals, the language's decimal separator. */
final class Numbers {
    private Numbers() {}

    static String text(ReportRow row, BigDecimal value, boolean masked, Disclosure disclosure, Locale locale) {
        if (masked) {
            return disclosure.mask();
        }
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
        if (row.unit() == Unit.PERCENT) {
            return format.format(value.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN));
        }
        return format.format(value);
    }

    /** A typology part's share in percent, with 2 decimals; empty for the other rows. */
    static String share(ReportRow row, Disclosure disclosure, Locale locale) {
        if (row.shareMasked()) {
            return disclosure.mask();
        }
        if (row.share() == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
        return format.format(row.share().movePointRight(2).setScale(2, RoundingMode.HALF_EVEN));
    }
}
