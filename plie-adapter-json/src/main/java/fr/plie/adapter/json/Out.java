package fr.plie.adapter.json;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;

/** Writing helpers shared by the codecs: absent options are left out, decimals are written plain. */
final class Out {
    private Out() {}

    static void date(JsonGenerator g, String name, LocalDate date) {
        g.writeStringProperty(name, date.toString());
    }

    static void date(JsonGenerator g, String name, Option<LocalDate> date) {
        if (date.isDefined()) {
            g.writeStringProperty(name, date.get().toString());
        }
    }

    static void text(JsonGenerator g, String name, Option<String> text) {
        if (text.isDefined()) {
            g.writeStringProperty(name, text.get());
        }
    }

    static void code(JsonGenerator g, String name, Enum<?> value) {
        g.writeStringProperty(name, value.name());
    }

    /** Plain notation whatever the mapper's settings: 35.50, never 3.55E+1. */
    static void decimal(JsonGenerator g, String name, BigDecimal value) {
        g.writeName(name);
        g.writeNumber(value.toPlainString());
    }

    static void texts(JsonGenerator g, String name, List<String> texts) {
        g.writeName(name);
        g.writeStartArray();
        for (String t : texts) {
            g.writeString(t);
        }
        g.writeEndArray();
    }

    static <T> void array(JsonGenerator g, String name, List<T> values, BiConsumer<JsonGenerator, T> element) {
        g.writeName(name);
        g.writeStartArray();
        for (T v : values) {
            element.accept(g, v);
        }
        g.writeEndArray();
    }
}
