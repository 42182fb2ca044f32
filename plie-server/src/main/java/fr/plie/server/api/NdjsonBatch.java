package fr.plie.server.api;

import fr.plie.adapter.json.NdjsonLine;
import fr.plie.adapter.json.NdjsonReader;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An NDJSON batch, streamed in and out: each input line gives one output line, a result or the line's located
 * errors, and a bad line never stops the batch. A thread of its own reads and parses the lines ahead (a few
 * dozen at most) while the request's thread computes and writes the answers, so a batch uses two cores. Answers
 * are held back in a {@link Spool} (memory up to {@link #IN_MEMORY} bytes, a temporary file beyond) and sent
 * once no line has come for {@link #IDLE_MILLIS} ms, and at the end: a client that sends a line and waits gets its
 * answer, and a client that sends the whole body before reading (Java's {@code HttpClient}) is never written to
 * while it is still sending, so neither side stalls.
 */
final class NdjsonBatch {
    /** The answers held in memory before they spill to a temporary file. */
    static final int IN_MEMORY = 1 << 20;

    /** How long no line comes before the answers held back are sent. */
    static final long IDLE_MILLIS = 50;

    /** The lines parsed ahead of the answers. */
    private static final int AHEAD = 64;

    private NdjsonBatch() {}

    /**
     * Reads {@code in} as documents of {@code type} and writes, per line, {@code {"line": n, ...result}} or
     * {@code {"line": n, "errors": [...]}}; {@code result} gives the result's fields as raw JSON by name.
     */
    static <T> void run(
            PlieJson json,
            PlieDocument<T> type,
            InputStream in,
            OutputStream out,
            Locale locale,
            Function<T, Map<String, String>> result)
            throws IOException {
        try (Spool spool = new Spool(IN_MEMORY);
                ParsedAhead<T> lines = new ParsedAhead<>(json, type, in)) {
            answer(lines, spool, out, locale, result);
            spool.drainTo(out);
        }
        out.flush();
    }

    private static <T> void answer(
            ParsedAhead<T> lines, Spool spool, OutputStream out, Locale locale, Function<T, Map<String, String>> result)
            throws IOException {
        long last = 0;
        try {
            for (NdjsonLine<T> line = lines.next(spool, out); line != null; line = lines.next(spool, out)) {
                last = line.line();
                StringBuilder s = new StringBuilder(2048).append("{\"line\":").append(line.line());
                if (line.result().isValid()) {
                    result.apply(line.result().value().get())
                            .forEach((name, raw) ->
                                    s.append(",\"").append(name).append("\":").append(raw));
                } else {
                    s.append(",\"errors\":")
                            .append(Problems.MAPPER.writeValueAsString(line.result().errors().stream()
                                    .map(e -> Located.of(e, locale).toMap())
                                    .toList()));
                }
                spool.write(s.append("}\n").toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (Bodies.TooLarge e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("line", last + 1);
            error.put(
                    "errors",
                    List.of(new Located(
                                    "request.too-large",
                                    "",
                                    last + 1,
                                    0,
                                    Problems.MESSAGES.render("request.too-large", List.of(e.max), locale))
                            .toMap()));
            spool.write((Problems.MAPPER.writeValueAsString(error) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The lines read and parsed by a thread of its own, {@link #AHEAD} at most. The batch sends what it holds back
     * only once that thread has waited on the socket for {@link #IDLE_MILLIS}, the client having sent nothing: a
     * slow parse is not a client that waits, and a client still sending (Java's {@code HttpClient}) goes on within
     * that time and is not written to. ({@code available()} cannot tell: the servlet container counts only what it
     * has buffered itself.)
     */
    private static final class ParsedAhead<T> implements AutoCloseable {
        private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS);

        /** A line the queue holds, or its end ({@code line} null). */
        private record Ahead<T>(@Nullable NdjsonLine<T> line) {}

        private final BlockingQueue<Ahead<T>> queue = new ArrayBlockingQueue<>(AHEAD);
        private final NdjsonReader<T> reader;
        private final Thread thread;
        private volatile @Nullable RuntimeException thrown;
        /** When the reading thread began to wait on the socket ({@code System.nanoTime()}), or 0 while it does not. */
        private volatile long waitingSince;

        private boolean ended;

        ParsedAhead(PlieJson json, PlieDocument<T> type, InputStream in) {
            this.reader = json.readNdjson(type, new FilterInputStream(in) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    waitingSince = System.nanoTime();
                    try {
                        return super.read(b, off, len);
                    } finally {
                        waitingSince = 0;
                    }
                }
            });
            this.thread = new Thread(this::parse, "plie-ndjson-read");
            thread.setDaemon(true);
            thread.start();
        }

        /** Whether the reading thread has waited on the socket for {@link #IDLE_MILLIS} or more. */
        private boolean clientIdle() {
            long since = waitingSince;
            return since != 0 && System.nanoTime() - since >= IDLE_NANOS;
        }

        private void parse() {
            try (reader) {
                while (reader.hasNext()) {
                    queue.put(new Ahead<>(reader.next()));
                }
            } catch (RuntimeException e) { // the body over its limit, or the connection lost
                thrown = e;
            } catch (InterruptedException e) {
                return;
            }
            try {
                queue.put(new Ahead<>(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * The next line, or null at the end; while none comes and the client has sent nothing for {@link
         * #IDLE_MILLIS}, first sends what {@code spool} holds back to {@code out}.
         */
        @Nullable
        NdjsonLine<T> next(Spool spool, OutputStream out) throws IOException {
            if (ended) {
                return null;
            }
            try {
                Ahead<T> next = queue.poll();
                while (next == null && spool.size() > 0) {
                    next = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                    if (next == null && clientIdle()) {
                        spool.drainTo(out);
                    }
                }
                if (next == null) {
                    next = queue.take();
                }
                if (next.line() == null) {
                    ended = true;
                    if (thrown != null) {
                        throw thrown;
                    }
                }
                return next.line();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the batch");
            }
        }

        /** Stops the reading thread if the batch ends early (it closes its reader itself). */
        @Override
        public void close() {
            thread.interrupt();
        }
    }
}
