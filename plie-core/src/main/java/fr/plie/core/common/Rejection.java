package fr.plie.core.common;

import fr.plie.core.internal.MessageBundle;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Why a command was refused: a stable code (for programs) with its arguments, rendered in French or English
 * (for people). plie's one rejection type: core's rules, the exit rules, the storage adapters and the imports all
 * refuse with it, each rejection carrying the {@link Texts} of the module that raised it, so {@link
 * #message(Locale)} always finds its text. Arguments never hold personal data: people are named by their
 * pseudonymous id.
 *
 * <p>Two rejections are equal when their code and arguments are: the texts say how to write them, not what
 * they are.
 */
public final class Rejection {
    private static final Texts CORE = Texts.of("fr.plie.core.messages", Rejection.class::getResourceAsStream);

    private final String code;
    private final List<Object> args;
    private final Texts texts;

    private Rejection(String code, List<Object> args, Texts texts) {
        this.code = Objects.requireNonNull(code, "code");
        this.args = List.copyOf(args);
        this.texts = texts;
    }

    /**
     * The rejection {@code code} of plie-core citing {@code args}, written from core's bundle.
     *
     * @param code a stable, dotted code such as {@code step.end-before-start}
     * @param args the values the message cites, never personal data
     * @return the rejection
     * @throws NullPointerException if {@code code} or an argument is null
     */
    public static Rejection of(String code, Object... args) {
        return CORE.rejection(code, args);
    }

    /**
     * The stable code, for programs.
     *
     * @return a dotted code such as {@code step.end-before-start}
     */
    public String code() {
        return code;
    }

    /**
     * The values the message cites.
     *
     * @return the arguments, unmodifiable
     */
    public List<Object> args() {
        return args;
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
        return texts.render(code, args, locale);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rejection r && code.equals(r.code) && args.equals(r.args);
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + args.hashCode();
    }

    @Override
    public String toString() {
        return code + args;
    }

    /**
     * The texts of one module's rejections: its message bundle ({@code messages.properties} in French, {@code
     * messages_en.properties} in English, UTF-8), read through that module's own resource lookup so it works on
     * the class path and the module path alike. A module keeps one instance and raises its rejections with
     * {@link #rejection(String, Object...)}:
     *
     * <pre>{@code
     * static final Rejection.Texts TEXTS =
     *         Rejection.Texts.of("fr.plie.adapter.jdbc.messages", PlieJdbc.class::getResourceAsStream);
     * Rejection refused = TEXTS.rejection("jdbc.text.nul-refused", "P-1", "personalData.lastName");
     * }</pre>
     *
     * <p>Dates read as people write them ({@code 31/01/2024} in French, ISO in English), whole numbers without
     * grouping ({@code 1548}); a module may write other arguments its own way with {@link
     * #localisingArgs(BiFunction)}. Immutable and thread-safe.
     */
    public static final class Texts {
        private final MessageBundle bundle;
        private final BiFunction<Object, Locale, Object> localise;

        private Texts(MessageBundle bundle, BiFunction<Object, Locale, Object> localise) {
            this.bundle = bundle;
            this.localise = localise;
        }

        /**
         * The texts of the bundle {@code baseName}.
         *
         * @param baseName the bundle's base name, e.g. {@code fr.plie.adapter.jdbc.messages}
         * @param resources opens a resource of the owning module by its absolute name: {@code
         *     Owner.class::getResourceAsStream}, written in the module that holds the bundle
         * @return the texts
         */
        public static Texts of(String baseName, Function<String, InputStream> resources) {
            return new Texts(new MessageBundle(baseName, resources), (arg, locale) -> arg);
        }

        /**
         * These texts, writing each argument as {@code localise} says before the bundle formats it (the exit
         * rules name periods and enum values in the reader's language).
         *
         * @param localise the argument as the reader of a locale reads it
         * @return the texts
         */
        public Texts localisingArgs(BiFunction<Object, Locale, Object> localise) {
            return new Texts(bundle, Objects.requireNonNull(localise, "localise"));
        }

        /**
         * The rejection {@code code} citing {@code args}, written from these texts.
         *
         * @param code a stable, dotted code of this module's bundle
         * @param args the values the message cites, never personal data
         * @return the rejection
         * @throws NullPointerException if {@code code} or an argument is null
         */
        public Rejection rejection(String code, Object... args) {
            return new Rejection(code, List.of(args), this);
        }

        private String render(String code, List<Object> args, Locale locale) {
            List<Object> written = new ArrayList<>(args.size());
            for (Object arg : args) {
                written.add(localise.apply(arg, locale));
            }
            return bundle.render(code, written, locale);
        }
    }
}
