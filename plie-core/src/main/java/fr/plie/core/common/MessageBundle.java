package fr.plie.core.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders message keys in French (the default, the language of PLIE users) or English. Every module keeps
 * its texts in its own bundle ({@code messages.properties} in French, {@code messages_en.properties}).
 */
public final class MessageBundle {
    /** French, the language plie speaks unless asked otherwise. */
    public static final Locale FRENCH = Locale.FRENCH;

    private static final ResourceBundle.Control NO_FALLBACK_TO_JVM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;

    /** @param baseName the bundle's base name, e.g. {@code fr.plie.core.messages} */
    public MessageBundle(String baseName) {
        this.baseName = baseName;
    }

    /**
     * The text of {@code key} in {@code locale}, its arguments formatted with {@link MessageFormat}. A
     * missing key renders as the key itself, so a message is never lost.
     */
    public String render(String key, List<?> args, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                baseName, locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK_TO_JVM_LOCALE);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + args;
        }
        return new MessageFormat(pattern, locale).format(args.toArray());
    }

    /** Whether the bundle has a text for {@code key} (used by tests that check every code is translated). */
    public boolean hasKey(String key, Locale locale) {
        return ResourceBundle.getBundle(
                        baseName,
                        locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                        NO_FALLBACK_TO_JVM_LOCALE)
                .containsKey(key);
    }
}
