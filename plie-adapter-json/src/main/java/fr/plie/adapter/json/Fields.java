package fr.plie.adapter.json;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one JSON object of the format: the constants of an enum whose names are the JSON keys (so a key
 * is spelled once, for the reader and the writer, and adding a field shifts no index), and which of them are
 * required. Up to 64 fields, so that presence fits in a {@code long}.
 */
final class Fields<E extends Enum<E>> {
    final E[] constants;
    final long required;
    private final Map<String, E> byKey;

    private Fields(E[] constants, long required, Map<String, E> byKey) {
        this.constants = constants;
        this.required = required;
        this.byKey = byKey;
    }

    @SafeVarargs
    static <E extends Enum<E>> Fields<E> of(Class<E> type, E... required) {
        E[] constants = type.getEnumConstants();
        if (constants.length > 64) {
            throw new IllegalArgumentException("at most 64 fields");
        }
        Map<String, E> byKey = new HashMap<>();
        for (E e : constants) {
            byKey.put(e.name(), e);
        }
        return new Fields<>(constants, bits(Set.of(required)), Map.copyOf(byKey));
    }

    /** Fields that are all required. */
    static <E extends Enum<E>> Fields<E> all(Class<E> type) {
        return of(type, type.getEnumConstants());
    }

    /** Fields that are all required but {@code optional}. */
    @SafeVarargs
    static <E extends Enum<E>> Fields<E> allBut(Class<E> type, E... optional) {
        Set<E> required = EnumSet.allOf(type);
        required.removeAll(Set.of(optional));
        return of(type, required.toArray(Arrays.copyOf(optional, 0)));
    }

    /** These fields less {@code field}: a key the object does not have here reads as unknown. */
    Fields<E> without(E field) {
        Map<String, E> less = new HashMap<>(byKey);
        less.remove(field.name());
        return new Fields<>(constants, required & ~(1L << field.ordinal()), Map.copyOf(less));
    }

    /** The field named {@code key}, or null for a field the format does not have here. */
    E byKey(String key) {
        return byKey.get(key);
    }

    /** Presence as a bit set of ordinals. */
    static long bits(Set<? extends Enum<?>> fields) {
        long b = 0;
        for (Enum<?> e : fields) {
            b |= 1L << e.ordinal();
        }
        return b;
    }
}
