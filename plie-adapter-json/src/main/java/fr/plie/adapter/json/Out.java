package fr.plie.adapter.json;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/** Writing helpers shared by the codecs: absent options are left out, decimals are written plain. */
final class Out {
    private Out() {}

    static void date(JsonGenerator g, Enum<?> key, LocalDate date) {
        g.writeStringProperty(key.name(), date.toString());
    }

    static void date(JsonGenerator g, Enum<?> key, Option<LocalDate> date) {
        if (date.isDefined()) {
            g.writeStringProperty(key.name(), date.get().toString());
        }
    }

    static void text(JsonGenerator g, Enum<?> key, Option<String> text) {
        if (text.isDefined()) {
            g.writeStringProperty(key.name(), text.get());
        }
    }

    static void code(JsonGenerator g, Enum<?> key, Enum<?> value) {
        g.writeStringProperty(key.name(), value.name());
    }

    /** Plain notation whatever the mapper's settings: 35.50, never 3.55E+1. */
    static void decimal(JsonGenerator g, Enum<?> key, BigDecimal value) {
        g.writeName(key.name());
        g.writeNumber(value.toPlainString());
    }

    static void texts(JsonGenerator g, Enum<?> key, Iterable<String> texts) {
        texts(g, key, texts, t -> t);
    }

    /** An array of strings, the text of each value. */
    static <T> void texts(JsonGenerator g, Enum<?> key, Iterable<T> values, Function<? super T, String> text) {
        g.writeName(key.name());
        g.writeStartArray();
        for (T v : values) {
            g.writeString(text.apply(v));
        }
        g.writeEndArray();
    }

    /** An object whose fields {@code fields} writes. */
    static <T> void object(JsonGenerator g, Enum<?> key, T value, BiConsumer<JsonGenerator, T> fields) {
        g.writeName(key.name());
        object(g, value, fields);
    }

    /** An object as a value (an element of an array): the braces around what {@code fields} writes. */
    static <T> void object(JsonGenerator g, T value, BiConsumer<JsonGenerator, T> fields) {
        g.writeStartObject();
        fields.accept(g, value);
        g.writeEndObject();
    }

    /** An array of objects, the fields of each written by {@code fields}. */
    static <T> void objects(JsonGenerator g, Enum<?> key, Iterable<T> values, BiConsumer<JsonGenerator, T> fields) {
        g.writeName(key.name());
        g.writeStartArray();
        for (T v : values) {
            object(g, v, fields);
        }
        g.writeEndArray();
    }
}
