package fr.plie.server.api;

import fr.plie.adapter.json.JsonError;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One located error of a problem: its stable code, the JSON Pointer of the field, the line and column (in
 * NDJSON, the line of the stream) and its text in the request's language.
 */
public record Located(String code, String pointer, long line, int column, String detail) {
    public static Located of(JsonError error, Locale locale) {
        return new Located(error.code().code(), error.pointer(), error.line(), error.column(), error.message(locale));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("pointer", pointer);
        m.put("line", line);
        m.put("column", column);
        m.put("detail", detail);
        return m;
    }
}
