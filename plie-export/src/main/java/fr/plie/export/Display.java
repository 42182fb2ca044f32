package fr.plie.export;

import fr.plie.core.parcours.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates and figures read in the HTML and PDF reports: "du 1er janvier 2022 au 31 décembre 2027", "1 234",
 * "36,5 %"; English on request. The CSV keeps plain numbers for spreadsheets. Groups are separated by a
 * no-break space (U+00A0) rather than Java's narrow one, which the PDF's standard fonts lack.
 */
final class Display {
    private static final char NARROW_NO_BREAK_SPACE = '\u202F';
    private static final char NO_BREAK_SPACE = '\u00A0';

    private final Locale locale;
    private final boolean french;

    Display(Locale locale) {
        this.locale = locale;
        this.french = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** "1er janvier 2022", "31 décembre 2027"; "1 January 2022" in English. */
    String date(LocalDate day) {
        if (french && day.getDayOfMonth() == 1) {
            return "1er " + DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(day);
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
    }

    /** "du 1er janvier 2022 au 31 décembre 2027"; "from 1 January 2022 to 31 December 2027". */
    String period(ReportingPeriod period) {
        return ReportTable.label("period", locale, date(period.from()), date(period.to()));
    }

    /** A count with its thousands grouped: "12 345". */
    String count(long value) {
        return spaces(NumberFormat.getIntegerInstance(locale).format(value));
    }

    /** A decimal with up to {@code digits} decimals: "2,5". */
    String decimal(BigDecimal value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(digits);
        format.setMinimumFractionDigits(0);
        return spaces(format.format(value.setScale(digits, RoundingMode.HALF_EVEN)));
    }

    /** A fraction as a percent with one decimal at most: 0.365 reads "36,5 %" (French puts a space before %). */
    String percent(BigDecimal fraction) {
        String number = decimal(fraction.movePointRight(2), 1);
        return french ? number + NO_BREAK_SPACE + "%" : number + "%";
    }

    private static String spaces(String text) {
        return text.replace(NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE);
    }
}
