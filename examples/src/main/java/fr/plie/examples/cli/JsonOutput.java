package fr.plie.examples.cli;

import fr.plie.adapter.json.PlieDocument;
import java.io.StringWriter;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON the commands print: documents of the exchange format v1 (docs/format.md), written by plie-adapter-json
 * and never rebuilt here, one compact document a line, so that a command given several inputs prints NDJSON as
 * {@code plie export} does. A result about one parcours or participant comes in a small envelope naming it by its
 * pseudonymous id, since the result documents do not carry it: {@code {"parcoursId": "...", "exitAssessment": {...}}}.
 */
final class JsonOutput {
    private JsonOutput() {}

    /** {@code value} as the v1 document {@code type}, on one line. */
    static <T> String document(PlieDocument<T> type, T value) {
        return Inputs.JSON.writeAsString(type, value);
    }

    /**
     * The fields of {@code envelope} (ids, in order), then the document under its name in camel case ({@code
     * exit-assessment} becomes {@code exitAssessment}), on one line.
     */
    static <T> String enveloped(Map<String, ?> envelope, PlieDocument<T> type, T value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Inputs.JSON.mapper().createGenerator(out)) {
            g.writeStartObject();
            // ids are texts; a small object (the recorded exit beside an assessment) is written as it is
            envelope.forEach(g::writePOJOProperty);
            g.writeName(camelCase(type.name()));
            g.writeRawValue(document(type, value));
            g.writeEndObject();
        }
        return out.toString();
    }

    static String camelCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
