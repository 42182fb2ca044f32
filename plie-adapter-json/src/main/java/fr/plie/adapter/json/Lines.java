package fr.plie.adapter.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A message of the rules (an explanation line, an eligibility reason) as {@code {key, args, fr, en}}: the stable
 * key and arguments for programs, the French and English texts for people. On reading, the texts are checked to
 * be strings and then left aside: they are rendered again from the key and the arguments, so a document written
 * by an earlier version with other wording still reads.
 */
final class Lines {
    static final Locale ENGLISH = Locale.ENGLISH;

    /** The longest key (and policy name) a message may have. */
    static final int MAX_KEY = 200;

    /** The longest French or English text of a message. */
    static final int MAX_TEXT = 4000;

    private Lines() {}

    /** The fields of a message, an explanation line's (read with these keys) or a reason's (without argTypes). */
    enum Key {
        key,
        args,
        argTypes,
        fr,
        en
    }

    /**
     * Writes the fields of one message inside an object the caller opened; {@code types}, the type code of each
     * argument, is written when not null.
     */
    static void fields(JsonGenerator g, String key, List<?> args, List<String> types, String french, String english) {
        g.writeStringProperty(Key.key.name(), key);
        g.writeName(Key.args.name());
        g.writeStartArray();
        for (Object arg : args) {
            arg(g, arg);
        }
        g.writeEndArray();
        if (types != null) {
            Out.texts(g, Key.argTypes, types);
        }
        g.writeStringProperty(Key.fr.name(), french);
        g.writeStringProperty(Key.en.name(), english);
    }

    /** Numbers as numbers, booleans as booleans, lists as arrays; anything else as its text. */
    private static void arg(JsonGenerator g, Object arg) {
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte) {
            g.writeNumber(((Number) arg).longValue());
        } else if (arg instanceof BigDecimal d) {
            g.writeNumber(d.toPlainString());
        } else if (arg instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (arg instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (arg instanceof Collection<?> values) {
            g.writeStartArray();
            for (Object v : values) {
                arg(g, v);
            }
            g.writeEndArray();
        } else {
            g.writeString(arg instanceof Enum<?> e ? e.name() : String.valueOf(arg));
        }
    }

    /**
     * Reads the {@code args} array: strings, whole numbers (as {@code Long}), decimals (as {@code BigDecimal}),
     * booleans, and arrays of those one level deep. Null after recording an error.
     */
    static List<Object> args(Cursor c) {
        int before = c.errorCount();
        List<Object> args = c.list("string, number, boolean or array", x -> arg(x, true));
        return c.errorCount() == before ? args : null;
    }

    private static Object arg(Cursor c, boolean arrayAllowed) {
        JsonToken t = c.token();
        if (t == JsonToken.VALUE_STRING) {
            return c.parser.getString();
        }
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return c.bool();
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return c.parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? c.decimal(BIG.negate(), BIG, 0)
                    : c.parser.getLongValue();
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return c.decimal(BIG.negate(), BIG, MAX_SCALE);
        }
        if (t == JsonToken.START_ARRAY && arrayAllowed) {
            return c.list("string, number or boolean", x -> arg(x, false));
        }
        c.typeError(arrayAllowed ? "string, number, boolean or array" : "string, number or boolean");
        return null;
    }

    private static final BigDecimal BIG = new BigDecimal("1e30");
    private static final int MAX_SCALE = 12;

    /**
     * Reads one of the texts of a message: any string within {@link #MAX_TEXT} characters, blank included, since
     * it is rendered again rather than kept.
     */
    static String text(Cursor c) {
        if (c.token() == JsonToken.VALUE_STRING && c.parser.getString().isBlank()) {
            return "";
        }
        return c.text(MAX_TEXT);
    }
}
