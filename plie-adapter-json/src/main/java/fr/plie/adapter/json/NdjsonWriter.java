package fr.plie.adapter.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes documents as NDJSON: one compact document per line, each line ended by {@code \n}, UTF-8. Streams:
 * nothing is kept once written. Not thread-safe; close it to flush and close the underlying stream.
 *
 * @param <T> the domain type written
 */
public final class NdjsonWriter<T> implements Closeable, Flushable {
    private final PlieDocument<T> type;
    private final JsonGenerator generator;
    private final WriteOptions options;
    private final OutputStream out;
    private long written;

    NdjsonWriter(PlieDocument<T> type, JsonGenerator generator, WriteOptions options, OutputStream out) {
        this.type = type;
        this.generator = generator;
        this.options = options;
        this.out = out;
    }

    /**
     * Writes one document on its own line.
     *
     * @param value the document
     * @return this writer
     */
    public NdjsonWriter<T> write(T value) {
        try {
            type.codec().write(generator, value, options);
            generator.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
        written++;
        return this;
    }

    /**
     * How many documents were written.
     *
     * @return the count
     */
    public long written() {
        return written;
    }

    @Override
    public void flush() {
        try {
            generator.flush();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    @Override
    public void close() {
        try (out) {
            generator.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }
}
