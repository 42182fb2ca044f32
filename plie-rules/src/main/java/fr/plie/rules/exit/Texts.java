package fr.plie.rules.exit;

import fr.plie.core.common.Rejection;
import fr.plie.core.internal.MessageBundle;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Renders explanation arguments for people: dates, periods and enum values in French or English. */
final class Texts {
    /** The exit rules' rejections ({@code schedule.*}), their arguments written as explanations write them. */
    static final Rejection.Texts REJECTIONS = Rejection.Texts.of(
                    "fr.plie.rules.exit.messages", Texts.class::getResourceAsStream)
            .localisingArgs(Texts::localise);

    private Texts() {}

    static List<Object> localise(List<Object> args, Locale locale) {
        List<Object> out = new ArrayList<>(args.size());
        for (Object arg : args) {
            out.add(localise(arg, locale));
        }
        return out;
    }

    static Object localise(Object arg, Locale locale) {
        boolean english = MessageBundle.isEnglish(locale);
        if (arg instanceof LocalDate date) {
            return MessageBundle.date(date, locale);
        } else if (arg instanceof Period period) {
            return period(period, english);
        } else if (arg instanceof Enum<?> value) {
            String key = "value." + value.getDeclaringClass().getSimpleName() + "." + value.name();
            return ExplanationLine.MESSAGES.hasKey(key, locale)
                    ? ExplanationLine.MESSAGES.render(key, List.of(), locale)
                    : value.name();
        } else if (arg instanceof Collection<?> values) {
            StringBuilder joined = new StringBuilder();
            for (Object value : values) {
                joined.append(joined.length() == 0 ? "" : ", ").append(localise(value, locale));
            }
            return joined.toString();
        }
        return arg instanceof Number || arg instanceof String ? arg : String.valueOf(arg);
    }

    /** "6 mois et 1 jour" / "6 months and 1 day". */
    static String period(Period period, boolean english) {
        List<String> parts = new ArrayList<>(3);
        if (period.getYears() != 0) {
            parts.add(unit(period.getYears(), english, english ? "year" : "an", english ? "years" : "ans"));
        }
        if (period.getMonths() != 0) {
            parts.add(unit(period.getMonths(), english, english ? "month" : "mois", english ? "months" : "mois"));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(unit(period.getDays(), english, english ? "day" : "jour", english ? "days" : "jours"));
        }
        return String.join(english ? " and " : " et ", parts);
    }

    private static String unit(int amount, boolean english, String one, String many) {
        // French is singular for 0 and 1, English for 1 only
        boolean singular = english ? Math.abs(amount) == 1 : Math.abs(amount) <= 1;
        return amount + " " + (singular ? one : many);
    }
}
