package fr.plie.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Renders message keys in French (the default, the language of PLIE users) or English. Every module keeps
 * its texts in its own bundle ({@code messages.properties} in French, {@code messages_en.properties}, UTF-8); an
 * English text missing falls back to the French one. {@link LocalDate} arguments read as people write them:
 * {@code 31/01/2024} in French, {@code 2024-01-31} (ISO) in English.
 *
 * <p>The bundles are read through the owning module's own resource lookup (a method reference such as {@code
 * Rejection.class::getResourceAsStream}, written in that module) rather than {@code ResourceBundle.Control},
 * which named modules refuse: the same code works on the class path and the module path. Thread-safe.
 */
public final class MessageBundle {
    /** French, the language plie speaks unless asked otherwise. */
    public static final Locale FRENCH = Locale.FRENCH;

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /**
     * Patterns parsed once (the texts of every bundle and their choices' texts: a bounded set, in French or English), each copied before
     * use since a {@link MessageFormat} and its number formats are not thread-safe; parsing a pattern costs several
     * times its copy and an exit assessment renders dozens of them.
     */
    private static final Map<Pattern, MessageFormat> PARSED = new ConcurrentHashMap<>();

    private final String baseName;
    private final Function<String, InputStream> resources;
    private volatile Properties french;
    private volatile Properties english;

    /**
     * A bundle that writes its arguments as {@link MessageFormat} does, and dates by {@link #date(LocalDate,
     * Locale)}.
     *
     * @param baseName the bundle's base name, e.g. {@code fr.plie.core.messages}
     * @param resources opens a resource of the owning module by its absolute name: {@code
     *     Owner.class::getResourceAsStream}, written in the module that holds the bundle
     */
    public MessageBundle(String baseName, Function<String, InputStream> resources) {
        this.baseName = Objects.requireNonNull(baseName, "baseName");
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    /**
     * The text of {@code key} in {@code locale}, its arguments formatted with {@link MessageFormat}, except that
     * whole numbers are written without grouping ({@code ligne 1548}, never {@code 1 548} or {@code 1,548}): they
     * are positions, ids and counts a person searches for. A missing key renders as the key itself, so a
     * message is never lost.
     */
    public String render(String key, List<?> args, Locale locale) {
        String pattern = texts(locale).getProperty(key);
        if (pattern == null) {
            return key + args;
        }
        Object[] values = args.toArray();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof LocalDate date) {
                values[i] = date(date, locale);
            }
        }
        return format(pattern, values, locale);
    }

    /**
     * {@code pattern} formatted, each plain placeholder through {@link #plain(Locale)}; a choice's text that holds
     * placeholders is formatted the same way (rather than by the grouping {@link MessageFormat} of the JDK).
     */
    private static String format(String pattern, Object[] values, Locale locale) {
        Locale language = isEnglish(locale) ? Locale.ENGLISH : FRENCH;
        MessageFormat message = (MessageFormat) PARSED.computeIfAbsent(new Pattern(pattern, language), Pattern::parse)
                .clone();
        Format[] formats = message.getFormats();
        boolean choices = false;
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof ChoiceFormat choice) {
                formats[i] = choice(choice, values, language);
                choices = true;
            }
        }
        if (choices) {
            message.setFormats(formats);
        }
        return message.format(values);
    }

    private record Pattern(String text, Locale locale) {
        MessageFormat parse() {
            MessageFormat message = new MessageFormat(text, locale);
            Format[] formats = message.getFormats();
            for (int i = 0; i < formats.length; i++) {
                if (formats[i] == null) {
                    formats[i] = plain(locale);
                }
            }
            message.setFormats(formats);
            return message;
        }
    }

    /** A placeholder without a format: whole numbers as digits, other numbers as {@code locale} writes them. */
    private static Format plain(Locale locale) {
        return new Format() {
            @Override
            public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
                if (value instanceof Long
                        || value instanceof Integer
                        || value instanceof Short
                        || value instanceof Byte
                        || value instanceof BigInteger) {
                    return to.append(value);
                }
                if (value instanceof Number) {
                    return NumberFormat.getInstance(locale).format(value, to, position);
                }
                return to.append(value);
            }

            @Override
            public Object parseObject(String source, ParsePosition position) {
                throw new UnsupportedOperationException("messages are only written");
            }
        };
    }

    private static Format choice(ChoiceFormat choice, Object[] values, Locale locale) {
        return new Format() {
            @Override
            public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
                String text = choice.format(value);
                return to.append(text.indexOf('{') >= 0 ? MessageBundle.format(text, values, locale) : text);
            }

            @Override
            public Object parseObject(String source, ParsePosition position) {
                throw new UnsupportedOperationException("messages are only written");
            }
        };
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
        return texts(locale).getProperty(key) != null;
    }

    private Properties texts(Locale locale) {
        Properties root = french;
        if (root == null) {
            root = load("", new Properties());
            french = root;
        }
        if (!isEnglish(locale)) {
            return root;
        }
        Properties en = english;
        if (en == null) {
            en = load("_en", root);
            english = en;
        }
        return en;
    }

    /** The bundle's file with {@code suffix}, over {@code fallback}; none when the file is missing. */
    private Properties load(String suffix, Properties fallback) {
        Properties texts = new Properties(fallback);
        String name = "/" + baseName.replace('.', '/') + suffix + ".properties";
        try (InputStream in = resources.apply(name)) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return texts;
    }
}
