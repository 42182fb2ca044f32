package fr.plie.server.api;

import fr.plie.adapter.json.NdjsonLine;
import fr.plie.adapter.json.NdjsonReader;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * An NDJSON batch, streamed in and out: each input line gives one output line, a result or the line's located
 * errors, and a bad line never stops the batch. Output is flushed whenever reading on would wait for the client,
 * so a client that sends a line and waits gets its answer; memory holds one line.
 */
final class NdjsonBatch {
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
        FlushBeforeWaiting input = new FlushBeforeWaiting(in, out);
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
        out.flush();
    }

    /** Flushes the response before a read that would block on the client. */
    private static final class FlushBeforeWaiting extends FilterInputStream {
        private final OutputStream out;

        FlushBeforeWaiting(InputStream in, OutputStream out) {
            super(in);
            this.out = out;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (in.available() <= 0) {
                out.flush();
            }
            return in.read(b, off, len);
        }

        @Override
        public int read() throws IOException {
            if (in.available() <= 0) {
                out.flush();
            }
            return in.read();
        }
    }
}
