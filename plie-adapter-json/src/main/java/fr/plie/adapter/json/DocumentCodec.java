package fr.plie.adapter.json;

import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes one kind of document of the exchange format. A new document (an exit policy, an indicator
 * report) is a new subclass plus a {@link PlieDocument} constant and a schema under {@code schema/v1/}.
 */
abstract class DocumentCodec<T> {
    /** The version of the format every document carries in {@code formatVersion}. */
    static final String FORMAT_VERSION = "1";

    private static final Pattern VERSION = Pattern.compile(Pattern.quote(FORMAT_VERSION));

    /** Reads a whole document, the parser on its first token; null after recording errors. */
    abstract T read(Cursor c);

    /** Writes a whole document: the object, its {@code formatVersion} (every document's first field), its fields. */
    void write(JsonGenerator g, T value, WriteOptions options) {
        g.writeStartObject();
        g.writeStringProperty("formatVersion", FORMAT_VERSION);
        fields(g, value, options);
        g.writeEndObject();
    }

    /** Writes the fields that follow {@code formatVersion}, inside the document's object. */
    abstract void fields(JsonGenerator g, T value, WriteOptions options);

    /** Checks the {@code formatVersion} field: this reader knows version "1" only. */
    static String formatVersion(Cursor c) {
        return c.matching(VERSION, JsonErrorCode.FORMAT_VERSION);
    }
}
