package fr.plie.rules.exit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why the exit rules refused a request (no policy in force on a date, overlapping protocol periods): a stable
 * code with its arguments, rendered in French by default or in English from this package's bundle.
 *
 * @param code a stable dotted code such as {@code schedule.no-policy}
 * @param args the values the message cites (dates, policy names)
 */
public record ExitRejection(String code, List<Object> args) {
    public ExitRejection {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static ExitRejection of(String code, Object... args) {
        return new ExitRejection(code, List.of(args));
    }

    /** The French text. */
    public String message() {
        return message(Locale.FRENCH);
    }

    public String message(Locale locale) {
        return ExplanationLine.MESSAGES.render(code, Texts.localise(args, locale), locale);
    }

    @Override
    public String toString() {
        return code + args;
    }
}
