package fr.plie.adapter.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a message of the rules (an explanation line, an eligibility reason) as {@code {key, args, fr, en}}: the
 * stable key and arguments for programs, the French and English texts for people.
 */
final class Lines {
    private Lines() {}

    /** Writes the fields of one message inside an object the caller opened. */
    static void fields(JsonGenerator g, String key, List<Object> args, String french, String english) {
        g.writeStringProperty("key", key);
        g.writeName("args");
        g.writeStartArray();
        for (Object arg : args) {
            arg(g, arg);
        }
        g.writeEndArray();
        g.writeStringProperty("fr", french);
        g.writeStringProperty("en", english);
    }

    static final Locale ENGLISH = Locale.ENGLISH;

    /** Numbers as numbers, booleans as booleans, lists as arrays; dates, periods, codes as their ISO or code text. */
    private static void arg(JsonGenerator g, Object arg) {
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte) {
            g.writeNumber(((Number) arg).longValue());
        } else if (arg instanceof BigDecimal d) {
            g.writeNumber(d.toPlainString());
        } else if (arg instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (arg instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (arg instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (arg instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (arg instanceof Collection<?> values) {
            g.writeStartArray();
            for (Object v : values) {
                arg(g, v);
            }
            g.writeEndArray();
        } else {
            g.writeString(String.valueOf(arg));
        }
    }
}
