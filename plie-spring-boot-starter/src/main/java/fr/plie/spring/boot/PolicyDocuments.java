package fr.plie.spring.boot;

import fr.plie.adapter.json.JsonError;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.adapter.json.ReadResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A policy of {@code application.yml} (a preset and overrides) read as the exchange format's policy document
 * {@code {"formatVersion": "1", "preset": ..., <overrides>}}, so that the properties accept exactly what the
 * format does and a mistake is refused with the format's located message, named by its property.
 */
final class PolicyDocuments {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern INDEX = Pattern.compile("\\d+");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Fields whose digits are codes, not numbers: a name, INSEE commune codes (24322), EPCI SIREN codes. */
    private static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of("name", "communes", "code", "siren");

    private PolicyDocuments() {}

    /**
     * The policy of {@code preset} with {@code overrides}.
     *
     * @param property where the policy sits in the properties, e.g. {@code plie.exit}, for the error messages
     * @throws IllegalStateException naming every refused property
     */
    static <T> T read(
            PlieJson json, PlieDocument<T> type, String property, String preset, Map<String, Object> overrides) {
        if (preset == null || preset.isBlank()) {
            throw new IllegalStateException(property + ".preset is required");
        }
        ObjectNode document = NODES.objectNode();
        document.put("formatVersion", "1");
        document.put("preset", preset.trim()); // either spelling: plie-rules' PolicyPresets reads both
        overrides.forEach((field, value) -> document.set(field, node(field, value)));
        ReadResult<T> read = json.read(type, document.toString());
        if (!read.isValid()) {
            Locale locale = locale();
            throw new IllegalStateException(read.errors().stream()
                    .filter(e -> e.severity() == JsonError.Severity.ERROR)
                    .map(e -> where(property, e) + ": " + e.message(locale))
                    .collect(Collectors.joining("\n", "plie: invalid " + property + "\n", "")));
        }
        return read.value().get();
    }

    /** The language of startup errors: English on a JVM whose default is English, else French. */
    static Locale locale() {
        return Locale.getDefault().getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** {@code plie.exit.overrides.followUp} for the pointer {@code /followUp}; the preset itself for {@code /preset}. */
    private static String where(String property, JsonError error) {
        String pointer = error.pointer();
        if (pointer.equals("/preset")) {
            return property + ".preset";
        }
        return property + ".overrides"
                + pointer.replace('/', '.').replace("~1", "/").replace("~0", "~");
    }

    /**
     * A bound property value as JSON. Properties files bind every value as text and YAML lists as maps indexed
     * {@code 0, 1, ...}: digits read as a number (except in names and codes), {@code true}/{@code false} as booleans.
     */
    private static JsonNode node(String field, Object value) {
        if (value instanceof Map<?, ?> map) {
            if (!map.isEmpty()
                    && map.keySet().stream()
                            .allMatch(k -> INDEX.matcher(k.toString()).matches())) {
                ArrayNode array = NODES.arrayNode();
                map.entrySet().stream()
                        .sorted((a, b) -> Integer.compare(
                                Integer.parseInt(a.getKey().toString()),
                                Integer.parseInt(b.getKey().toString())))
                        .forEach(e -> array.add(node(field, e.getValue())));
                return array;
            }
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(k.toString(), node(k.toString(), v)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(v -> array.add(node(field, v)));
            return array;
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.longValue());
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        String text = String.valueOf(value);
        if (!TEXT_FIELDS.contains(field) && INTEGER.matcher(text).matches()) {
            return NODES.numberNode(Integer.parseInt(text));
        }
        if (text.equals("true") || text.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return NODES.stringNode(text);
    }
}
