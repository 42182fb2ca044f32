package fr.plie.benchmarks.server;

import com.zaxxer.hikari.HikariDataSource;
import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.jdbc.PlieRepositories;
import fr.plie.benchmarks.Interleaved;
import fr.plie.benchmarks.data.GeneratedParcours;
import fr.plie.benchmarks.data.ParcoursGenerator;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.server.Cursor;
import fr.plie.server.PlieServer;
import fr.plie.server.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a page of {@code GET /v1/parcours} costs against the number of parcours stored: two servers in this JVM,
 * one on 1,000 generated parcours and one on 100,000 (each on an H2 file database of its own under {@code
 * target/}, kept between runs), the same requests sent to either in interleaved rounds ({@link Interleaved}):
 * the first page, a deep page (the last full page: the 50 last parcours), a referent's first page (the referent
 * filter in the database) and a page filtered on an alert kind (worked out in memory, at most 1,000 parcours
 * examined). A ratio near 1 says that a page costs the same whatever the list's size. One client, 50 parcours a
 * page. Run by {@link ServerLoadMain} (profile {@code server-load}) after its load test; prints Markdown items.
 */
public final class ListPagesMain {
    private static final int SMALL = Integer.getInteger("listSmall", 1_000);
    private static final int LARGE = Integer.getInteger("listLarge", 100_000);
    private static final int REQUESTS = Integer.getInteger("listRequests", 20);
    private static final int ROUNDS = Integer.getInteger("listRounds", 10);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private ListPagesMain() {}

    /** A server on {@code count} stored parcours, with a coordinator's and a referent's token. */
    private record Target(PlieServer.Running server, String coordinator, String referent, String deep)
            implements AutoCloseable {
        @Override
        public void close() {
            server.close();
        }

        String get(String path, String token) {
            try {
                HttpResponse<String> r = CLIENT.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(path + ": status " + r.statusCode());
                }
                return r.body();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static void measure() throws Exception {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        long t0 = System.nanoTime();
        try (Target small = start(SMALL);
                Target large = start(LARGE)) {
            System.out.printf(
                    "- list pages (`GET /v1/parcours`, 50 parcours a page, one client), %d requests a round on a"
                            + " server over %,d parcours against the same on one over %,d (H2 files, stored in %.0f s),"
                            + " %d interleaved rounds:%n",
                    REQUESTS, LARGE, SMALL, (System.nanoTime() - t0) / 1e9, ROUNDS);
            pair("first page", large, small, t -> t.get("/v1/parcours?size=50", t.coordinator()));
            pair("deep page (the last full page)", large, small, t -> t.get(t.deep(), t.coordinator()));
            pair("a referent's first page", large, small, t -> t.get("/v1/parcours?size=50", t.referent()));
            pair(
                    "first page filtered on an alert kind (`alert=IDLE_PERIOD`)",
                    large,
                    small,
                    t -> t.get("/v1/parcours?size=50&alert=IDLE_PERIOD", t.coordinator()));
        }
    }

    private interface Request {
        String send(Target target);
    }

    private static void pair(String name, Target large, Target small, Request request) {
        Interleaved result = Interleaved.measure(
                name + " over " + LARGE,
                block(large, request),
                "over " + SMALL,
                block(small, request),
                REQUESTS,
                3,
                ROUNDS);
        System.out.println(result.markdown());
    }

    private static Supplier<Integer> block(Target target, Request request) {
        return () -> {
            int bytes = 0;
            for (int i = 0; i < REQUESTS; i++) {
                bytes += request.send(target).length();
            }
            return bytes;
        };
    }

    /** A server on an H2 file of {@code count} generated parcours, stored on the first run. */
    private static Target start(int count) throws Exception {
        Path file = Path.of("target", "list-pages", "plie-" + count);
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        List<String> ids = new ArrayList<>(count);
        ParcoursGenerator.standard().stream(count)
                .forEach(g -> ids.add(g.parcours().id().value()));
        ids.sort(String::compareTo);
        if (!Files.exists(Path.of(file + ".done"))) {
            Files.createDirectories(file.getParent());
            try (HikariDataSource ds = new HikariDataSource()) {
                ds.setJdbcUrl(url);
                PlieJdbc plie = PlieJdbc.builder()
                        .dataSource(ds)
                        .clock(Clock.fixed(Instant.parse("2025-06-30T00:00:00Z"), ZoneOffset.UTC))
                        .build();
                plie.migrate();
                PlieRepositories repositories = plie.repositories("bench");
                List<Parcours> chunk = new ArrayList<>(5_000);
                for (GeneratedParcours g :
                        (Iterable<GeneratedParcours>) ParcoursGenerator.standard().stream(count)::iterator) {
                    chunk.add(g.parcours());
                    if (chunk.size() == 5_000) {
                        repositories.saveNew(chunk).getOrElseThrow(r -> new IllegalStateException(r.code()));
                        chunk.clear();
                    }
                }
                if (!chunk.isEmpty()) {
                    repositories.saveNew(chunk).getOrElseThrow(r -> new IllegalStateException(r.code()));
                }
            }
            Files.writeString(Path.of(file + ".done"), "");
        }
        PlieServer.Running server = PlieServer.start(
                "--port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + url,
                "--logging.level.root=WARN",
                "--plie.as-of=2025-06-30");
        // the last full page, 99.95 % of the way through 100,000 parcours and 95 % through 1,000: a cursor at 99 % of
        // 1,000 left 9 parcours, so the deep pages compared 50 parcours with 9
        String deep = "/v1/parcours?size=50&cursor=" + Cursor.after(ParcoursId.of(ids.get(ids.size() - 51)));
        return new Target(
                server,
                server.tokens().add("coordinator", Role.COORDINATOR),
                server.tokens().add("REF-3", Role.REFERENT),
                deep);
    }
}
