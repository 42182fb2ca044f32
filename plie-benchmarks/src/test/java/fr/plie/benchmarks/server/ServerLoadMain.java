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
import fr.plie.server.PlieServer;
import fr.plie.server.security.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A bounded load test of {@code plie serve} on 127.0.0.1, out of the default suite: {@code mvn -B -Pfast,server-load
 * -pl plie-benchmarks -am verify -DskipTests}. Starts the server in this JVM on an in-memory H2 database, then:
 * single exit assessments ({@code POST /v1/exit-assessments}, one parcours of the shared generator each) from
 * 50 concurrent clients for a fixed time, giving requests per second and the p50 / p99 latency; then an NDJSON
 * batch of parcours through the same endpoint against the in-process read-assess-write path on the same lines in
 * the same run, as a ratio. Client and server share the machine's cores, so the figures are a floor.
 */
public final class ServerLoadMain {
    private static final int CLIENTS = Integer.getInteger("clients", 50);
    private static final int SECONDS = Integer.getInteger("seconds", 20);
    private static final int WARM_UP_SECONDS = Integer.getInteger("warmup", 10);
    private static final int BATCH = Integer.getInteger("batch", 20_000);
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private ServerLoadMain() {}

    public static void main(String[] args) throws Exception {
        // this module logs through slf4j-nop: Boot must not set up Logback, which the server's jar brings
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        PlieJson json = PlieJson.create();
        List<GeneratedParcours> sample =
                ParcoursGenerator.standard().stream(2_000).toList();
        List<byte[]> documents = sample.stream()
                .map(g -> json.writeAsString(PlieDocument.PARCOURS, ParcoursDocument.of(g.parcours()))
                        .getBytes(StandardCharsets.UTF_8))
                .toList();
        byte[] ndjson = ndjson(json, BATCH);
        try (PlieServer.Running server = PlieServer.start(
                "--port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:mem:plie-load;DB_CLOSE_DELAY=-1",
                "--logging.level.root=WARN",
                "--plie.exit.preset=national-guide-2010")) {
            int port = server.port();
            String token = server.tokens().add("load", Role.COORDINATOR);
            URI single = URI.create("http://127.0.0.1:" + port + "/v1/exit-assessments?asOf=" + AS_OF);
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(CLIENTS))
                    .build();

            run(client, single, token, documents, WARM_UP_SECONDS);
            long[] latencies = run(client, single, token, documents, SECONDS);
            Arrays.sort(latencies);
            System.out.printf(
                    "single assessments: %d clients, %d s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms (%d requests)%n",
                    CLIENTS,
                    SECONDS,
                    latencies.length / (double) SECONDS,
                    latencies[latencies.length / 2] / 1e6,
                    latencies[(int) (latencies.length * 0.99)] / 1e6,
                    latencies.length);

            URI batch = URI.create("http://127.0.0.1:" + port + "/v1/exit-assessments?asOf=" + AS_OF);
            ExitPolicy policy = ExitPolicy.NATIONAL_GUIDE_2010;
            for (int round = 0; round < 2; round++) { // the first round warms both paths up
                long t0 = System.nanoTime();
                HttpResponse<InputStream> response = client.send(
                        HttpRequest.newBuilder(batch)
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/x-ndjson")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                long lines;
                try (InputStream in = response.body()) {
                    lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .count();
                }
                double http = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                long local = inProcess(json, ndjson, policy);
                double inProcess = (System.nanoTime() - t1) / 1e9;
                if (round == 1) {
                    System.out.printf(
                            "NDJSON batch of %d parcours: HTTP %.0f lines/s (%d lines back), in-process %.0f lines/s: ratio %.2f%n",
                            BATCH, BATCH / http, lines, local / inProcess, (BATCH / http) / (local / inProcess));
                }
            }
        }
        System.exit(0);
    }

    /** {@code seconds} of single assessments from {@link #CLIENTS} threads; the latency of each request, in ns. */
    private static long[] run(HttpClient client, URI uri, String token, List<byte[]> documents, int seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            results.add(pool.submit(() -> {
                long[] own = new long[1 << 16];
                int n = 0;
                for (int i = offset; System.nanoTime() < end; i += CLIENTS) {
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

    /** The same work without HTTP: read each line, assess it, write the result line; returns the lines. */
    private static long inProcess(PlieJson json, byte[] ndjson, ExitPolicy policy) {
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
        return lines;
    }
}
