package fr.plie.adapter.json;

import fr.plie.core.participant.Participant;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the documents of the plie exchange format v1 (see {@code docs/format.md}). Reading never
 * throws on bad input: it returns a {@link ReadResult} with every located error, in French and English. Writing
 * produces documents that validate against the schemas shipped in this jar. NDJSON streams are read and written
 * one line at a time, in constant memory.
 *
 * <pre>{@code
 * PlieJson json = PlieJson.create(new PlieJacksonModule().withPseudonymousExport(true));
 * ReadResult<ParcoursDocument> read = json.read(PlieDocument.PARCOURS, inputStream);
 * }</pre>
 *
 * <p>Thread-safe: one instance serves the whole application. The caller owns and closes the streams it passes,
 * except those handed to an {@link NdjsonReader} or {@link NdjsonWriter}, which close them.
 */
public final class PlieJson {
    private final PlieJacksonModule module;
    private final JsonFactory factory;
    private final JsonMapper mapper;

    private PlieJson(PlieJacksonModule module) {
        this.module = Objects.requireNonNull(module, "module");
        this.factory = JsonFactory.builder()
                .streamReadConstraints(module.limits().toConstraints())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .rootValueSeparator((String) null)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .addModule(module)
                .build();
    }

    /**
     * Default options: personal data written, unknown fields refused, {@link JsonLimits#DEFAULTS}.
     *
     * @return the reader and writer
     */
    public static PlieJson create() {
        return new PlieJson(new PlieJacksonModule());
    }

    /**
     * Options taken from {@code module}.
     *
     * @param module the options
     * @return the reader and writer
     */
    public static PlieJson create(PlieJacksonModule module) {
        return new PlieJson(module);
    }

    /**
     * A Jackson mapper with the module registered and the limits applied, for callers mixing their own types.
     *
     * @return the mapper
     */
    public JsonMapper mapper() {
        return mapper;
    }

    /** {@return the module holding the options} */
    public PlieJacksonModule module() {
        return module;
    }

    // ---- reading

    /**
     * Reads one document from bytes in UTF-8 (or UTF-16/32, detected). Does not close {@code in}.
     *
     * @param <T> the type of the document's value
     * @param type which document
     * @param in the bytes
     * @return the value, or every error found
     */
    public <T> ReadResult<T> read(PlieDocument<T> type, InputStream in) {
        return read(type, () -> factory.createParser(ObjectReadContext.empty(), in), module.readOptions());
    }

    /**
     * Reads one document from characters. Does not close {@code in}.
     *
     * @param <T> the type of the document's value
     * @param type which document
     * @param in the characters
     * @return the value, or every error found
     */
    public <T> ReadResult<T> read(PlieDocument<T> type, Reader in) {
        return read(type, () -> factory.createParser(ObjectReadContext.empty(), in), module.readOptions());
    }

    /**
     * Reads one document from a string.
     *
     * @param <T> the type of the document's value
     * @param type which document
     * @param json the document
     * @return the value, or every error found
     */
    public <T> ReadResult<T> read(PlieDocument<T> type, String json) {
        return read(type, () -> factory.createParser(ObjectReadContext.empty(), json), module.readOptions());
    }

    /**
     * Reads one document from bytes in UTF-8 (or UTF-16/32, detected).
     *
     * @param <T> the type of the document's value
     * @param type which document
     * @param json the document
     * @return the value, or every error found
     */
    public <T> ReadResult<T> read(PlieDocument<T> type, byte[] json) {
        return read(type, json, 0, json.length, module.readOptions());
    }

    /**
     * Reads a parcours document.
     *
     * @param json the document
     * @return the parcours with its participant if given, or every error found
     */
    public ReadResult<ParcoursDocument> readParcours(String json) {
        return read(PlieDocument.PARCOURS, json);
    }

    /**
     * Reads a participant document.
     *
     * @param json the document
     * @return the participant, or every error found
     */
    public ReadResult<Participant> readParticipant(String json) {
        return read(PlieDocument.PARTICIPANT, json);
    }

    <T> ReadResult<T> read(PlieDocument<T> type, byte[] json, int offset, int length, ReadOptions options) {
        return read(type, () -> factory.createParser(ObjectReadContext.empty(), json, offset, length), options);
    }

    <T> ReadResult<T> read(PlieDocument<T> type, char[] json, int offset, int length, ReadOptions options) {
        return read(type, () -> factory.createParser(ObjectReadContext.empty(), json, offset, length), options);
    }

    private <T> ReadResult<T> read(PlieDocument<T> type, ParserSource source, ReadOptions options) {
        JsonParser opened;
        try {
            opened = source.open();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (JacksonException e) {
            // a limit checked before the first token, such as the length of a document given whole
            JsonError error = new JsonError(
                    JsonError.Severity.ERROR,
                    Fatal.codeOf(e),
                    "",
                    options.line(),
                    0,
                    java.util.List.of(Fatal.argsOf(e, options.limits())));
            return ReadResult.of(null, java.util.List.of(error), java.util.List.of());
        }
        try (JsonParser parser = opened) {
            Cursor cursor = new Cursor(parser, options);
            T value = null;
            try {
                if (parser.nextToken() == null) {
                    cursor.error(JsonErrorCode.EMPTY);
                } else {
                    value = type.codec().read(cursor);
                    JsonToken after = parser.nextToken();
                    if (after != null) {
                        cursor.error(JsonErrorCode.TRAILING_CONTENT);
                    }
                }
            } catch (JacksonIOException e) {
                throw new UncheckedIOException(e.getCause());
            } catch (JacksonException e) {
                cursor.fatal(e);
            }
            return ReadResult.of(value, cursor.errors(), cursor.warnings());
        }
    }

    @FunctionalInterface
    private interface ParserSource {
        JsonParser open();
    }

    /**
     * Streams an NDJSON file, one document per line, in constant memory: each line gives a result, a bad line
     * its errors with the line number, and the following lines are still read. Closes {@code in} when closed.
     *
     * @param <T> the type of each line's value
     * @param type which document each line holds
     * @param in the file's bytes
     * @return the reader, to close after use
     */
    public <T> NdjsonReader<T> readNdjson(PlieDocument<T> type, InputStream in) {
        return new NdjsonReader<>(this, type, LineSource.of(in, module.limits()), false, module.readOptions());
    }

    /**
     * As {@link #readNdjson(PlieDocument, InputStream)}, from characters.
     *
     * @param <T> the type of each line's value
     * @param type which document each line holds
     * @param in the file's characters
     * @return the reader, to close after use
     */
    public <T> NdjsonReader<T> readNdjson(PlieDocument<T> type, Reader in) {
        return new NdjsonReader<>(this, type, LineSource.of(in, module.limits()), false, module.readOptions());
    }

    // ---- writing

    /**
     * Writes one document in UTF-8.
     *
     * @param <T> the type of the document's value
     * @param type which document
     * @param value the value
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public <T> void write(PlieDocument<T> type, T value, OutputStream out) {
        write(type, value, factory.createGenerator(ObjectWriteContext.empty(), out));
    }

    /**
     * Writes one document as characters.
     *
     * @param <T> the type of the document's value
     * @param type which document
     * @param value the value
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public <T> void write(PlieDocument<T> type, T value, Writer out) {
        write(type, value, factory.createGenerator(ObjectWriteContext.empty(), out));
    }

    private <T> void write(PlieDocument<T> type, T value, JsonGenerator generator) {
        try (JsonGenerator g = generator) {
            type.codec().write(g, value, module.writeOptions());
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Writes one document as a string.
     *
     * @param <T> the type of the document's value
     * @param type which document
     * @param value the value
     * @return the document
     */
    public <T> String writeAsString(PlieDocument<T> type, T value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        write(type, value, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes NDJSON, one document per line in UTF-8; closes {@code out} when closed.
     *
     * @param <T> the type of each line's value
     * @param type which document each line holds
     * @param out where to write
     * @return the writer, to close after use
     */
    public <T> NdjsonWriter<T> writeNdjson(PlieDocument<T> type, OutputStream out) {
        return new NdjsonWriter<>(
                type, factory.createGenerator(ObjectWriteContext.empty(), out), module.writeOptions(), out);
    }
}
