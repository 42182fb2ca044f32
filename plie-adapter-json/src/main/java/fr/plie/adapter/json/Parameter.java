package fr.plie.adapter.json;

import fr.plie.adapter.json.Cursor.EnumCodes;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * A field of a JSON object that holds one property of a value built by a builder (an exit policy's parameter, a
 * profile's fact): how it is read and written ({@link Kind}), the value's getter and the builder's setter, so that
 * the field enum names the property once for the reader and the writer.
 *
 * @param <T> the value built
 * @param <B> its builder
 * @param <V> the property's type
 */
record Parameter<T, B, V>(Kind<V> kind, Function<T, V> get, BiConsumer<B, V> set) {
    /** Reads the field's value at the cursor: null for a JSON null or after recording an error. */
    Object read(Cursor c) {
        return kind.read().apply(c);
    }

    /** Sets a value {@link #read} returned on the builder. */
    @SuppressWarnings("unchecked")
    void set(B builder, Object value) {
        set.accept(builder, (V) value);
    }

    /** Writes the field {@code key} with the property of {@code value}. */
    void write(JsonGenerator g, Enum<?> key, T value) {
        kind.write().write(g, key, get.apply(value));
    }

    /** How a kind of value is read (null for a JSON null or after recording an error) and written. */
    record Kind<V>(Function<Cursor, V> read, Writer<V> write) {
        static final Kind<Boolean> BOOL = new Kind<>(Cursor::bool, (g, k, v) -> g.writeBooleanProperty(k.name(), v));
        static final Kind<LocalDate> DATE = new Kind<>(Cursor::date, Out::date);
        /** An optional date: a JSON null reads as none. */
        static final Kind<Option<LocalDate>> OPTIONAL_DATE = new Kind<>(c -> Option.of(c.date()), Out::date);

        static Kind<String> text(int maxLength) {
            return new Kind<>(c -> c.text(maxLength), (g, k, v) -> g.writeStringProperty(k.name(), v));
        }

        static <E extends Enum<E>> Kind<E> code(Class<E> type) {
            return code(EnumCodes.of(type));
        }

        static <E extends Enum<E>> Kind<E> code(EnumCodes<E> codes) {
            return new Kind<>(c -> c.enumValue(codes), Out::code);
        }
    }

    /** Writes a field {@code key} holding {@code value}. */
    @FunctionalInterface
    interface Writer<V> {
        void write(JsonGenerator g, Enum<?> key, V value);
    }
}
