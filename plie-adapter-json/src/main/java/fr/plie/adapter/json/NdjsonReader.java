package fr.plie.adapter.json;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads an NDJSON stream of documents (an export of parcours, one per line) lazily, in constant memory. A bad
 * line gives its errors located on that line and reading goes on, unless {@link #stopAtFirstError()} was asked.
 * Not thread-safe; close it to close the underlying stream.
 *
 * @param <T> the domain type of each line
 */
public final class NdjsonReader<T> implements Iterator<NdjsonLine<T>>, Closeable {
    private final PlieJson json;
    private final PlieDocument<T> type;
    private final LineSource lines;
    private final boolean stopAtFirstError;
    private final ReadOptions options;
    private NdjsonLine<T> next;
    private boolean stopped;

    NdjsonReader(PlieJson json, PlieDocument<T> type, LineSource lines, boolean stopAtFirstError, ReadOptions options) {
        this.json = json;
        this.type = type;
        this.lines = lines;
        this.stopAtFirstError = stopAtFirstError;
        this.options = options;
    }

    /**
     * The same reader, ending after the first line in error (that line is still returned).
     *
     * @return the new reader
     */
    public NdjsonReader<T> stopAtFirstError() {
        return new NdjsonReader<>(json, type, lines, true, options);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !stopped) {
            next = readLine();
        }
        return next != null;
    }

    @Override
    public NdjsonLine<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        NdjsonLine<T> line = next;
        next = null;
        if (stopAtFirstError && !line.result().isValid()) {
            stopped = true;
        }
        return line;
    }

    private NdjsonLine<T> readLine() {
        while (lines.next()) {
            long n = lines.number();
            if (lines.tooLong()) {
                JsonError error = new JsonError(
                        JsonError.Severity.ERROR,
                        JsonErrorCode.LIMIT_DOCUMENT_LENGTH,
                        "",
                        n,
                        0,
                        java.util.List.of(options.limits().maxDocumentLength()));
                return new NdjsonLine<>(n, ReadResult.of(null, java.util.List.of(error), java.util.List.of()));
            }
            if (!lines.blank()) {
                return new NdjsonLine<>(n, json.read(type, lines.bytes(), 0, lines.length(), options.onLine(n)));
            }
        }
        return null;
    }

    /**
     * The remaining lines as a stream that closes this reader when closed.
     *
     * @return the stream
     */
    public Stream<NdjsonLine<T>> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    @Override
    public void close() {
        lines.close();
    }
}
