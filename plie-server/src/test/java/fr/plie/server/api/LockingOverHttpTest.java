package fr.plie.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.server.PlieServer;
import fr.plie.server.security.Role;
import fr.plie.servertest.Databases;
import fr.plie.servertest.Http;
import fr.plie.servertest.Http.Reply;
import fr.plie.servertest.Seed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Optimistic locking over HTTP on each database: 8 clients record interviews on one parcours at once, each
 * reading the ETag, sending its command with If-Match and, on 412, reading again and retrying. Nothing is lost:
 * every accepted command is in the parcours and its version counts them all. 8 x 25 updates in the default suite,
 * 8 x 500 with {@code -Pfull-locking} ({@code plie.locking.updates}). PostgreSQL and MariaDB run when
 * PLIE_TEST_POSTGRES_URL / PLIE_TEST_MARIADB_URL are set (required when PLIE_TEST_REQUIRE_SERVERS=true).
 */
class LockingOverHttpTest {
    private static final int CLIENTS = 8;
    private static final int UPDATES = Integer.getInteger("plie.locking.updates", 25);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void concurrent_conflicting_updates_lose_nothing(String kind) throws Exception {
        try (Databases database = Databases.create(kind);
                PlieServer.Running server = PlieServer.start(
                        "--port=0",
                        "--server.address=127.0.0.1",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.hikari.maximum-pool-size=" + (CLIENTS + 2),
                        "--plie.as-of=2024-06-30")) {
            int port = server.port();
            String token = server.tokens().add("coordinator", Role.COORDINATOR);
            String base = "http://127.0.0.1:" + port + "/v1/parcours";
            Reply created = send(HttpRequest.newBuilder(URI.create(base))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(PlieJson.create()
                            .writeAsString(PlieDocument.PARCOURS, ParcoursDocument.of(Seed.fresh("PAR-LOCK"))))));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long initial = created.json().get("version").asLong();

            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Integer>> conflicts = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                conflicts.add(pool.submit(() -> updates(base + "/PAR-LOCK", token, client)));
            }
            int retried = 0;
            for (Future<Integer> f : conflicts) {
                retried += f.get();
            }
            pool.shutdown();

            JsonNode parcours = send(HttpRequest.newBuilder(URI.create(base + "/PAR-LOCK"))
                            .header("Authorization", "Bearer " + token)
                            .GET())
                    .json();
            Set<String> syntheses = new HashSet<>();
            parcours.get("interviews")
                    .forEach(i -> syntheses.add(i.get("synthesis").asString()));
            assertThat(syntheses).hasSize(CLIENTS * UPDATES);
            assertThat(parcours.get("interviews")).hasSize(CLIENTS * UPDATES);
            assertThat(parcours.get("version").asLong()).isEqualTo(initial + (long) CLIENTS * UPDATES);
            System.out.println("[locking] " + kind + ": " + CLIENTS + " clients x " + UPDATES + " updates, " + retried
                    + " conflicts (412) retried, none lost");
        }
    }

    /** One client's updates; returns how many times it met a 412 and retried. */
    private static int updates(String url, String token, int client) {
        int conflicts = 0;
        for (int n = 0; n < UPDATES; n++) {
            while (true) {
                Reply current = send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .GET());
                Reply reply = send(HttpRequest.newBuilder(URI.create(url + "/commands"))
                        .header("Authorization", "Bearer " + token)
                        .header("If-Match", current.header("ETag"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"type\": \"RecordInterview\", \"date\": \"2024-02-01\","
                                        + " \"mode\": \"PHONE\", \"synthesis\": \"client " + client + " update " + n
                                        + "\", \"author\": \"REF-01\"}")));
                if (reply.status() == 200) {
                    break;
                }
                assertThat(reply.status()).as(reply.body()).isEqualTo(412);
                conflicts++;
            }
        }
        return conflicts;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> raw = CLIENT.send(
                    request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Http.Reply(raw.statusCode(), raw);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
