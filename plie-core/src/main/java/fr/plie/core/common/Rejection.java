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

    public Rejection {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static Rejection of(String code, Object... args) {
        return new Rejection(code, List.of(args));
    }

    /** The French text. */
    public String message() {
        return message(MessageBundle.FRENCH);
    }

    public String message(Locale locale) {
        return MESSAGES.render(code, args, locale);
    }

    @Override
    public String toString() {
        return code + args;
    }
}
