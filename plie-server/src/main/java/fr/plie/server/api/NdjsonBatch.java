package fr.plie.server.api;

import fr.plie.adapter.json.NdjsonLine;
import fr.plie.adapter.json.NdjsonReader;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * errors, and a bad line never stops the batch. Answers are held back in a {@link Spool} (memory up to
 * {@link #IN_MEMORY} bytes, a temporary file beyond) and sent once the client has sent nothing for
 * {@link #IDLE_MILLIS} ms, and at the end: a client that sends a line and waits gets its answer, and a client that sends the whole body before
 * reading (Java's {@code HttpClient}) is never written to while it is still sending, so neither side stalls.
 */
final class NdjsonBatch {
    /** The answers held in memory before they spill to a temporary file. */
    static final int IN_MEMORY = 1 << 20;

    /** How long the client sends nothing before the answers held back are sent. */
    static final long IDLE_MILLIS = 50;

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
                SendBeforeWaiting input = new SendBeforeWaiting(in, spool, out)) {
            answer(json, type, input, spool, locale, result);
            spool.drainTo(out);
        }
        out.flush();
    }

    private static <T> void answer(
            PlieJson json,
            PlieDocument<T> type,
            InputStream input,
            Spool out,
            Locale locale,
            Function<T, Map<String, String>> result)
            throws IOException {
        long last = 0;
        try (NdjsonReader<T> reader = json.readNdjson(type, input)) {
            while (reader.hasNext()) {
                NdjsonLine<T> line = reader.next();
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
                out.write(s.append("}\n").toString().getBytes(StandardCharsets.UTF_8));
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
            out.write((Problems.MAPPER.writeValueAsString(error) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The body read ahead by a thread of its own, a few chunks at most, so that the batch can tell that the client
     * has sent nothing for {@link #IDLE_MILLIS} (the reading thread waits on the socket) and send what is held
     * back; a client still sending (Java's {@code HttpClient}) goes on within that time and is not written to.
     * ({@code available()} cannot tell: the servlet container counts only what it has buffered itself.)
     */
    private static final class SendBeforeWaiting extends InputStream {
        private static final byte[] END = new byte[0];

        private final Spool spool;
        private final OutputStream out;
        private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(32);
        private final Thread reader;
        private volatile @Nullable IOException failure;
        private volatile @Nullable RuntimeException thrown;
        private byte[] chunk = new byte[0];
        private int at;
        private boolean ended;

        SendBeforeWaiting(InputStream in, Spool spool, OutputStream out) {
            this.spool = spool;
            this.out = out;
            this.reader = new Thread(() -> readAhead(in), "plie-ndjson-read");
            reader.setDaemon(true);
            reader.start();
        }

        private void readAhead(InputStream in) {
            try {
                while (true) {
                    byte[] b = new byte[16384];
                    int n = in.read(b);
                    if (n < 0) {
                        break;
                    }
                    chunks.put(n == b.length ? b : Arrays.copyOf(b, n));
                }
            } catch (IOException e) {
                failure = e;
            } catch (RuntimeException e) {
                thrown = e;
            } catch (InterruptedException e) {
                return;
            }
            try {
                chunks.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private boolean next() throws IOException {
            if (ended) {
                return false;
            }
            try {
                byte[] b = chunks.poll();
                if (b == null && spool.size() > 0) {
                    b = chunks.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                    if (b == null) {
                        spool.drainTo(out);
                    }
                }
                if (b == null) {
                    b = chunks.take();
                }
                if (b == END) {
                    ended = true;
                    if (thrown != null) {
                        throw thrown;
                    }
                    if (failure != null) {
                        throw failure;
                    }
                    return false;
                }
                chunk = b;
                at = 0;
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the batch");
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (at == chunk.length && !next()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(chunk, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public int read() throws IOException {
            if (at == chunk.length && !next()) {
                return -1;
            }
            return chunk[at++] & 0xff;
        }

        @Override
        public void close() {
            reader.interrupt();
        }
    }
}
