package fr.plie.benchmarks.server;

import fr.plie.adapter.json.NdjsonLine;
import fr.plie.adapter.json.NdjsonReader;
import fr.plie.adapter.json.NdjsonWriter;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.benchmarks.data.GeneratedParcours;
import fr.plie.benchmarks.data.ParcoursGenerator;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of {@code plie serve} on 127.0.0.1, out of the default suite: {@code mvn -B -Pfast,server-load
 * -pl plie-benchmarks -am verify -DskipTests}. Starts the server as {@code plie serve} does, in a JVM of its own
 * ({@link ServerProcess}), on a new H2 database, then:
 * single exit assessments ({@code POST /v1/exit-assessments}, one parcours of the shared generator each) from
 * 50 concurrent clients in rounds bounded in time and in requests, giving requests per second (median and range
 * of the rounds) and the p50 / p99 latency; then an NDJSON batch of parcours through the same endpoint against
 * the in-process read-assess-write path on the same lines, in alternating rounds, as the median ratio and its
 * range. Prints Markdown items for RESULTS.md. Client and server share the machine's cores, so the figures are a
 * floor. Then {@link ListPagesMain}, the cost of a list page against the number of parcours stored.
 */
public final class ServerLoadMain {
    private static final int CLIENTS = Integer.getInteger("clients", 50);
    private static final int SECONDS = Integer.getInteger("seconds", 10);
    /**
     * The first seconds after start-up, measured apart: on two cores shared with 50 clients, the JIT compilers
     * are still at work for about half a minute (after a warm-up of 10 s, three rounds of 10 s went 1,618, 3,130
     * and 4,819 requests/s with p99 84, 38 and 20 ms), and a server answers for longer than that.
     */
    private static final int WARM_UP_SECONDS = Integer.getInteger("warmup", 30);

    private static final int BATCH = Integer.getInteger("batch", 10_000);
    private static final int ROUNDS = Integer.getInteger("rounds", 3);
    private static final int BATCH_ROUNDS = Integer.getInteger("batchRounds", 5);
    /** The most single requests of one round, whatever the time left. */
    private static final long MAX_REQUESTS = Long.getLong("maxRequests", 200_000);

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private ServerLoadMain() {}

    public static void main(String[] args) {
        // -Dparts=load or -Dparts=lists: one of the two (both by default)
        String parts = System.getProperty("parts", "load,lists");
        try {
            if (parts.contains("load")) {
                measure();
            }
            if (parts.contains("lists")) {
                ListPagesMain.measure();
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the clients' threads would keep the JVM (Maven's, under exec:java) running
        }
        System.exit(0);
    }

    private static void measure() throws Exception {
        PlieJson json = PlieJson.create();
        List<GeneratedParcours> sample =
                ParcoursGenerator.standard().stream(2_000).toList();
        List<byte[]> documents = sample.stream()
                .map(g -> json.writeAsString(PlieDocument.PARCOURS, ParcoursDocument.of(g.parcours()))
                        .getBytes(StandardCharsets.UTF_8))
                .toList();
        byte[] ndjson = ndjson(json, BATCH);
        String loadBefore = loadAverage();
        String started = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES) + " UTC";
        List<String> serverArgs =
                new ArrayList<>(List.of("--logging.level.root=WARN", "--plie.exit.preset=national-guide-2010"));
        // -DserverArgs=--a=b,--c=d: more settings for the server, to compare two set-ups run after run
        String more = System.getProperty("serverArgs", "");
        if (!more.isBlank()) {
            serverArgs.addAll(List.of(more.split(",")));
        }
        Path dir = Files.createTempDirectory("plie-load-");
        try (ServerProcess server = ServerProcess.start(dir, serverArgs)) {
            int port = server.port();
            String token = server.token();
            URI single = URI.create("http://127.0.0.1:" + port + "/v1/exit-assessments?asOf=" + AS_OF);
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(CLIENTS))
                    .build();

            long warmUpStart = System.nanoTime();
            long[] warmUp = run(client, single, token, documents, WARM_UP_SECONDS);
            double warmUpRate = warmUp.length / ((System.nanoTime() - warmUpStart) / 1e9);
            Arrays.sort(warmUp);
            double[] rates = new double[ROUNDS];
            List<long[]> all = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                long t0 = System.nanoTime();
                long[] latencies = run(client, single, token, documents, SECONDS);
                rates[round] = latencies.length / ((System.nanoTime() - t0) / 1e9);
                all.add(latencies);
            }
            long[] latencies =
                    all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            Arrays.sort(rates);
            System.out.printf(
                    "- single assessments (`POST /v1/exit-assessments`, one parcours a request), %d clients, %d rounds"
                            + " of at most %d s or %d requests: **%.0f requests/s** (median of the rounds, %.0f to %.0f),"
                            + " **p50 %.1f ms, p99 %.1f ms** over the %d requests%n",
                    CLIENTS,
                    ROUNDS,
                    SECONDS,
                    MAX_REQUESTS,
                    median(rates),
                    rates[0],
                    rates[ROUNDS - 1],
                    latencies[latencies.length / 2] / 1e6,
                    latencies[(int) (latencies.length * 0.99)] / 1e6,
                    latencies.length);
            System.out.printf(
                    "- before them, the first %d s after start-up (warm-up: the JIT compilers still at work): %.0f"
                            + " requests/s, p50 %.1f ms, p99 %.1f ms%n",
                    WARM_UP_SECONDS,
                    warmUpRate,
                    warmUp[warmUp.length / 2] / 1e6,
                    warmUp[(int) (warmUp.length * 0.99)] / 1e6);

            ExitPolicy policy = ExitPolicy.NATIONAL_GUIDE_2010;
            double[] ratios = new double[BATCH_ROUNDS];
            double[] overHttp = new double[BATCH_ROUNDS];
            double[] local = new double[BATCH_ROUNDS];
            // round 0 warms both paths up; then HTTP and in-process alternate which goes first
            for (int round = -1; round < BATCH_ROUNDS; round++) {
                boolean httpFirst = round % 2 == 0;
                double a = httpFirst ? overHttp(single, token, ndjson) : inProcess(json, ndjson, policy);
                double b = httpFirst ? inProcess(json, ndjson, policy) : overHttp(single, token, ndjson);
                if (round >= 0) {
                    overHttp[round] = httpFirst ? a : b;
                    local[round] = httpFirst ? b : a;
                    ratios[round] = overHttp[round] / local[round];
                }
            }
            Arrays.sort(ratios);
            Arrays.sort(overHttp);
            Arrays.sort(local);
            System.out.printf(
                    "- NDJSON batch of %d parcours through `POST /v1/exit-assessments` (`application/x-ndjson`, one"
                            + " client) against the in-process read-assess-write path on the same lines, %d interleaved"
                            + " rounds: HTTP %.0f lines/s, in-process %.0f lines/s (medians): **ratio %.2f** (%.2f to"
                            + " %.2f)%n",
                    BATCH,
                    BATCH_ROUNDS,
                    median(overHttp),
                    median(local),
                    median(ratios),
                    ratios[0],
                    ratios[BATCH_ROUNDS - 1]);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
        System.out.printf(
                "- run of %s on %d cores, %s; load average %s at the start, %s at the end%n",
                started,
                Runtime.getRuntime().availableProcessors(),
                "JDK " + Runtime.version(),
                loadBefore,
                loadAverage());
    }

    /** {@code seconds} of single assessments from {@link #CLIENTS} threads; the latency of each request, in ns. */
    private static long[] run(HttpClient client, URI uri, String token, List<byte[]> documents, int seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong sent = new AtomicLong();
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            results.add(pool.submit(() -> {
                long[] own = new long[1 << 16];
                int n = 0;
                for (int i = offset; System.nanoTime() < end && sent.incrementAndGet() <= MAX_REQUESTS; i += CLIENTS) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = client.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(10))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(documents.get(i % documents.size())))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("status " + r.statusCode());
                    }
                    if (n == own.length) {
                        own = Arrays.copyOf(own, n * 2);
                    }
                    own[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(own, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            all.add(f.get());
        }
        pool.shutdown();
        return all.stream().flatMapToLong(Arrays::stream).toArray();
    }

    /** {@code count} parcours documents of the generator, one a line. */
    private static byte[] ndjson(PlieJson json, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NdjsonWriter<ParcoursDocument> writer = json.writeNdjson(PlieDocument.PARCOURS, out)) {
            ParcoursGenerator.standard().stream(count).forEach(g -> writer.write(ParcoursDocument.of(g.parcours())));
        }
        return out.toByteArray();
    }

    /**
     * One NDJSON batch over HTTP/1.1 on a new connection, full duplex as curl sends it: one thread writes the body
     * while this one reads the answer; lines per second, the whole answer read. (Java's {@link HttpClient} reads
     * the answer only once it has sent the whole body; the server holds the answers back for such a client, so
     * it would measure the batch without the overlap of reading and answering.)
     */
    private static double overHttp(URI uri, String token, byte[] ndjson) throws Exception {
        long t0 = System.nanoTime();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            String head = "POST " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1:" + uri.getPort() + "\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Type: application/x-ndjson\r\n"
                    + "Content-Length: " + ndjson.length + "\r\n"
                    + "Connection: close\r\n\r\n";
            Thread sender = new Thread(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    for (int off = 0; off < ndjson.length; off += 1 << 16) {
                        out.write(ndjson, off, Math.min(1 << 16, ndjson.length - off));
                    }
                    out.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            sender.start();
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
            String status = asciiLine(in);
            boolean chunked = false;
            for (String h = asciiLine(in); !h.isEmpty(); h = asciiLine(in)) {
                chunked |=
                        h.toLowerCase(java.util.Locale.ROOT).startsWith("transfer-encoding:") && h.contains("chunked");
            }
            if (!status.startsWith("HTTP/1.1 200") || !chunked) {
                throw new IllegalStateException(status + (chunked ? "" : ", not chunked"));
            }
            long lines = 0;
            byte[] buffer = new byte[1 << 16];
            for (int size = Integer.parseInt(asciiLine(in).strip(), 16); size > 0; ) {
                for (int left = size; left > 0; ) {
                    int n = in.read(buffer, 0, Math.min(left, buffer.length));
                    if (n < 0) {
                        throw new java.io.EOFException("the server closed the connection");
                    }
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                    left -= n;
                }
                asciiLine(in); // the CRLF after the chunk
                size = Integer.parseInt(asciiLine(in).strip(), 16);
            }
            sender.join();
            if (lines != BATCH) {
                throw new IllegalStateException(lines + " lines back of " + BATCH);
            }
            return lines / ((System.nanoTime() - t0) / 1e9);
        }
    }

    /** A line of the response's head or chunk framing, without its CRLF. */
    private static String asciiLine(DataInputStream in) throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new java.io.EOFException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** The machine's load average over 1, 5 and 15 minutes (Linux), or "unknown". */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The same work without HTTP: read each line, assess it, write the result line; lines per second. */
    private static double inProcess(PlieJson json, byte[] ndjson, ExitPolicy policy) {
        long t0 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long lines = 0;
        try (NdjsonReader<ParcoursDocument> reader =
                json.readNdjson(PlieDocument.PARCOURS, new ByteArrayInputStream(ndjson))) {
            while (reader.hasNext()) {
                NdjsonLine<ParcoursDocument> line = reader.next();
                ParcoursDocument d = line.result().value().get();
                String result = "{\"line\":" + line.line() + ",\"parcoursId\":\""
                        + d.parcours().id().value()
                        + "\",\"exitAssessment\":"
                        + json.writeAsString(
                                PlieDocument.EXIT_ASSESSMENT, ExitEngine.assess(d.parcours(), AS_OF, policy))
                        + "}\n";
                out.writeBytes(result.getBytes(StandardCharsets.UTF_8));
                lines++;
            }
        }
        return lines / ((System.nanoTime() - t0) / 1e9);
    }
}
