package fr.plie.core.common;

import fr.plie.core.internal.MessageBundle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a command was refused: a stable code (for programs) with its arguments, rendered in French or English
 * (for people). Arguments never hold personal data: people are named by their pseudonymous id.
 *
 * @param code a stable, dotted code such as {@code step.end-before-start}
 * @param args the values the message cites (ids, dates, versions)
 */
public record Rejection(String code, List<Object> args) {
    private static final MessageBundle MESSAGES =
            new MessageBundle("fr.plie.core.messages", Rejection.class::getResourceAsStream);

    /**
     * Copies the arguments, so the rejection stays immutable.
     *
     * @param code a stable, dotted code such as {@code step.end-before-start}
     * @param args the values the message cites (ids, dates, versions)
     * @throws NullPointerException if {@code code} or {@code args} is null
     */
    public Rejection {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /**
     * The rejection {@code code} citing {@code args}.
     *
     * @param code a stable, dotted code
     * @param args the values the message cites, never personal data
     * @return the rejection
     */
    public static Rejection of(String code, Object... args) {
        return new Rejection(code, List.of(args));
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
     * The text in {@code locale}'s language: French or English.
     *
     * @param locale the reader's locale; English for an English locale, French for any other
     * @return the text
     */
    public String message(Locale locale) {
        return MESSAGES.render(code, args, locale);
    }

    @Override
    public String toString() {
        return code + args;
    }
}
