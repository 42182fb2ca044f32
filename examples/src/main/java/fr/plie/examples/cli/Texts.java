package fr.plie.examples.cli;

import fr.plie.core.common.MessageBundle;
import java.util.Locale;

/** The command's texts, French by default and English with {@code --lang en} ({@code messages*.properties}). */
final class Texts {
    private static final MessageBundle MESSAGES = new MessageBundle("fr.plie.examples.cli.messages");

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
