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
    /**
     * Copies the arguments, so the rejection stays immutable.
     *
     * @param code a stable dotted code such as {@code schedule.no-policy}
     * @param args the values the message cites (dates, policy names)
     * @throws NullPointerException if {@code code} or {@code args} is null
     */
    public ExitRejection {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /**
     * The rejection {@code code} citing {@code args}.
     *
     * @param code a stable dotted code
     * @param args the values the message cites
     * @return the rejection
     */
    public static ExitRejection of(String code, Object... args) {
        return new ExitRejection(code, List.of(args));
    }

    /**
     * The French text.
     *
     * @return the French text
     */
    public String message() {
        return message(Locale.FRENCH);
    }

    /**
     * The text in {@code locale}'s language.
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String message(Locale locale) {
        return ExplanationLine.MESSAGES.render(code, Texts.localise(args, locale), locale);
    }

    @Override
    public String toString() {
        return code + args;
    }
}
