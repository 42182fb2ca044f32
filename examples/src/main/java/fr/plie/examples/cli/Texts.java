package fr.plie.examples.cli;

import fr.plie.core.internal.MessageBundle;
import java.util.Locale;

/**
 * The command's texts, French by default and English with {@code --lang en} ({@code messages*.properties}); dates
 * as in the lifecycle's rejections, 31/01/2024 in French and 2024-01-31 in English.
 */
final class Texts {
    private static final MessageBundle MESSAGES =
            new MessageBundle("fr.plie.examples.cli.messages", Texts.class::getResourceAsStream);

    private Texts() {}

    static String get(Locale locale, String key, Object... args) {
        // numbers as plain digits: the figures printed are the ones in the exported files
        return MESSAGES.render(
                key,
                java.util.Arrays.stream(args)
                        .map(a -> a instanceof Number ? a.toString() : a)
                        .toList(),
                locale);
    }
}
