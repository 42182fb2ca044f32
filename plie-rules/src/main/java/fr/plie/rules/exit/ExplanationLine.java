package fr.plie.rules.exit;

import fr.plie.core.internal.MessageBundle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One rule the exit engine applied: a stable message key with its arguments (step ids, dates, periods, contract
 * types, never personal data), rendered in French by default or in English. The arguments are kept in one
 * canonical form (whole numbers as {@code Long}, collections as lists) and must be of a kind {@link
 * ExplanationArgs} can write to the exchange format.
 *
 * @param key a stable dotted key such as {@code employment.threshold}
 * @param args the values the text cites
 */
public record ExplanationLine(String key, List<Object> args) {
    static final MessageBundle MESSAGES =
            new MessageBundle("fr.plie.rules.exit.messages", ExplanationLine.class::getResourceAsStream);

    /**
     * Checks the key and copies the arguments in the types of {@link ExplanationArgs}.
     *
     * @param key a stable dotted key such as {@code employment.threshold}
     * @param args the values the text cites
     * @throws NullPointerException if {@code key} is null
     */
    public ExplanationLine {
        Objects.requireNonNull(key, "key");
        args = ExplanationArgs.canonical(args);
    }

    /**
     * The French text.
     *
     * @return the French text
     */
    public String render() {
        return render(MessageBundle.FRENCH);
    }

    /**
     * The text in {@code locale} (French unless English is asked for).
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String render(Locale locale) {
        return MESSAGES.render(key, Texts.localise(args, locale), locale);
    }

    @Override
    public String toString() {
        return key + args;
    }
}
