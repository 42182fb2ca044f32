package fr.plie.adapter.json;

import java.util.HashMap;
import java.util.Map;

/**
 * The fields of one JSON object of the format, by index; a name starting with {@code !} is required. Up to 64
 * fields, so that presence fits in a {@code long}.
 */
final class Fields {
    final String[] names;
    final long required;
    private final Map<String, Integer> index;

    private Fields(String[] names, long required, Map<String, Integer> index) {
        this.names = names;
        this.required = required;
        this.index = index;
    }

    static Fields of(String... specs) {
        if (specs.length > 64) {
            throw new IllegalArgumentException("at most 64 fields");
        }
        String[] names = new String[specs.length];
        long required = 0;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < specs.length; i++) {
            boolean isRequired = specs[i].startsWith("!");
            names[i] = isRequired ? specs[i].substring(1) : specs[i];
            if (isRequired) {
                required |= 1L << i;
            }
            index.put(names[i], i);
        }
        return new Fields(names, required, Map.copyOf(index));
    }

    /** The index of {@code name}, or -1 for a field the format does not have here. */
    int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    static long bit(int index) {
        return 1L << index;
    }
}
