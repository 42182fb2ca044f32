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

    /** Default options: personal data written, unknown fields refused, {@link JsonLimits#DEFAULTS}. */
    public static PlieJson create() {
        return new PlieJson(new PlieJacksonModule());
    }

    /** Options taken from {@code module}. */
    public static PlieJson create(PlieJacksonModule module) {
        return new PlieJson(module);
    }

    /** A Jackson mapper with the module registered and the limits applied, for callers mixing their own types. */
    public JsonMapper mapper() {
        return mapper;
    }

    public PlieJacksonModule module() {
        return module;
    }

    // ---- reading

    /** Reads one document from bytes in UTF-8 (or UTF-16/32, detected). Does not close {@code in}. */
    public <T> ReadResult<T> read(PlieDocument<T> type, InputStream in) {
        return read(type, () -> factory.createParser(ObjectReadContext.empty(), in), module.readOptions());
    }

    /** Reads one document from characters. Does not close {@code in}. */
    public <T> ReadResult<T> read(PlieDocument<T> type, Reader in) {
        return read(type, () -> factory.createParser(ObjectReadContext.empty(), in), module.readOptions());
    }

    public <T> ReadResult<T> read(PlieDocument<T> type, String json) {
        return read(type, () -> factory.createParser(ObjectReadContext.empty(), json), module.readOptions());
    }

    public <T> ReadResult<T> read(PlieDocument<T> type, byte[] json) {
        return read(type, json, 0, json.length, module.readOptions());
    }

    public ReadResult<ParcoursDocument> readParcours(String json) {
        return read(PlieDocument.PARCOURS, json);
    }

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
     */
    public <T> NdjsonReader<T> readNdjson(PlieDocument<T> type, InputStream in) {
        return new NdjsonReader<>(this, type, LineSource.of(in, module.limits()), false, module.readOptions());
    }

    /** As {@link #readNdjson(PlieDocument, InputStream)}, from characters. */
    public <T> NdjsonReader<T> readNdjson(PlieDocument<T> type, Reader in) {
        return new NdjsonReader<>(this, type, LineSource.of(in, module.limits()), false, module.readOptions());
    }

    // ---- writing

    public <T> void write(PlieDocument<T> type, T value, OutputStream out) {
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            type.codec().write(g, value, module.writeOptions());
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    public <T> void write(PlieDocument<T> type, T value, Writer out) {
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            type.codec().write(g, value, module.writeOptions());
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    public <T> String writeAsString(PlieDocument<T> type, T value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        write(type, value, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes NDJSON, one document per line in UTF-8; closes {@code out} when closed. */
    public <T> NdjsonWriter<T> writeNdjson(PlieDocument<T> type, OutputStream out) {
        return new NdjsonWriter<>(
                type, factory.createGenerator(ObjectWriteContext.empty(), out), module.writeOptions(), out);
    }

    <T> void writeTo(JsonGenerator g, PlieDocument<T> type, T value) {
        type.codec().write(g, value, module.writeOptions());
    }
}
