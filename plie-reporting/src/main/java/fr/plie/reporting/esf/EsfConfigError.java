package fr.plie.reporting.esf;

import fr.plie.core.common.MessageBundle;
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
    private static final MessageBundle MESSAGES = new MessageBundle("fr.plie.reporting.esf.messages");

    public String message(Locale locale) {
        return MESSAGES.render(code, List.of(file, String.valueOf(line), value), locale);
    }
}
