package fr.plie.export.esf;

import fr.plie.core.internal.MessageBundle;
import java.util.List;
import java.util.Locale;

/**
 * A line of an ESF+ configuration file (the column mapping, the declared operations) that cannot be used, located
 * by file and line, in French or English.
 *
 * @param code {@code mapping.unknown-field}, {@code mapping.bad-translation}, {@code mapping.empty-header},
 *     {@code mapping.no-column}, {@code mapping.unreadable}, {@code operations.*}
 */
public record EsfConfigError(String file, long line, String code, String value) {
    private static final MessageBundle MESSAGES =
            new MessageBundle("fr.plie.export.esf.messages", EsfConfigError.class::getResourceAsStream);

    /**
     * The reason in {@code locale}'s language, with the file and the line.
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String message(Locale locale) {
        return MESSAGES.render(code, List.of(file, String.valueOf(line), value), locale);
    }
}
