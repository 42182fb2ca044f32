package fr.plie.adapter.json;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.List;

/**
 * The values of one object's fields as {@link Cursor#values} read them, by field: an absent field, a JSON null
 * and a value that failed all hold null.
 *
 * @param frame the object's frame, for {@link Cursor#fit}
 * @param ok whether nothing inside the object failed
 */
record Values<E extends Enum<E>>(Object[] values, int frame, boolean ok) {
    @SuppressWarnings("unchecked")
    <V> V get(E field) {
        return (V) values[field.ordinal()];
    }

    <V> Option<V> option(E field) {
        return Option.of(get(field));
    }

    <V> V or(E field, V absent) {
        V v = get(field);
        return v != null ? v : absent;
    }

    /** A list, empty when absent (not {@code List.of()}: callers ask {@code contains(null)}). */
    <V> List<V> list(E field) {
        return or(field, Collections.emptyList());
    }
}
