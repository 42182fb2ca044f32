package fr.plie.rules.eligibility;

import fr.plie.core.internal.MessageBundle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a condition or criterion of eligibility is met or not: a stable code with its arguments (ages, months,
 * levels, commune codes, never a name), rendered in French (default) or English. Whole numbers are kept as
 * {@code Long}, so that a reason read back from the exchange format equals the one written.
 *
 * @param code a stable, dotted code such as {@code eligibility.criterion.senior.met}
 * @param args the values the message cites
 * @param met whether the condition or criterion is met
 */
public record Reason(String code, List<Object> args, boolean met) {
    static final MessageBundle MESSAGES =
            new MessageBundle("fr.plie.rules.eligibility.messages", Reason.class::getResourceAsStream);

    /**
     * Copies the arguments, so the reason stays immutable.
     *
     * @param code a stable, dotted code such as {@code eligibility.criterion.senior.met}
     * @param args the values the message cites
     * @param met whether the condition or criterion is met
     * @throws NullPointerException if {@code code} or {@code args} is null
     */
    public Reason {
        Objects.requireNonNull(code, "code");
        args = args.stream().map(Reason::canonical).toList();
    }

    private static Object canonical(Object arg) {
        Objects.requireNonNull(arg, "arg");
        return arg instanceof Integer || arg instanceof Short || arg instanceof Byte
                ? Long.valueOf(((Number) arg).longValue())
                : arg;
    }

    static Reason met(String code, Object... args) {
        return new Reason(code, List.of(args), true);
    }

    static Reason unmet(String code, Object... args) {
        return new Reason(code, List.of(args), false);
    }

    /**
     * The French text.
     *
     * @return the French text
     */
    public String message() {
        return message(MessageBundle.FRENCH);
    }

    /**
     * The text in {@code locale}'s language.
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String message(Locale locale) {
        return MESSAGES.render(code, args, locale);
    }

    @Override
    public String toString() {
        return (met ? "met " : "unmet ") + code + args;
    }
}
