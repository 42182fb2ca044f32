package fr.plie.core.common;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders message keys in French (the default, the language of PLIE users) or English. Every module keeps
 * its texts in its own bundle ({@code messages.properties} in French, {@code messages_en.properties}).
 * {@link LocalDate} arguments read as people write them: {@code 31/01/2024} in French, {@code 2024-01-31} (ISO)
 * in English.
 */
public final class MessageBundle {
    /** French, the language plie speaks unless asked otherwise. */
    public static final Locale FRENCH = Locale.FRENCH;

    private static final ResourceBundle.Control NO_FALLBACK_TO_JVM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String baseName;

    /**
     * A bundle that writes its arguments as {@link MessageFormat} does, and dates by {@link #date(LocalDate,
     * Locale)}.
     *
     * @param baseName the bundle's base name, e.g. {@code fr.plie.core.messages}
     */
    public MessageBundle(String baseName) {
        this.baseName = baseName;
    }

    /**
     * The text of {@code key} in {@code locale}, its arguments formatted with {@link MessageFormat}. A
     * missing key renders as the key itself, so a message is never lost.
     */
    public String render(String key, List<?> args, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                baseName, isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK_TO_JVM_LOCALE);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + args;
        }
        Object[] values = args.toArray();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof LocalDate date) {
                values[i] = date(date, locale);
            }
        }
        return new MessageFormat(pattern, locale).format(values);
    }

    /** {@code date} as a text of {@code locale} says it: {@code 31/01/2024} in French, {@code 2024-01-31} in English. */
    public static String date(LocalDate date, Locale locale) {
        return isEnglish(locale) ? date.toString() : FRENCH_DATE.format(date);
    }

    /** Whether texts in {@code locale} are English; any other language reads French, plie's default. */
    public static boolean isEnglish(Locale locale) {
        return locale.getLanguage().equals("en");
    }

    /** Whether the bundle has a text for {@code key} (used by tests that check every code is translated). */
    public boolean hasKey(String key, Locale locale) {
        return ResourceBundle.getBundle(
                        baseName, isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK_TO_JVM_LOCALE)
                .containsKey(key);
    }
}
