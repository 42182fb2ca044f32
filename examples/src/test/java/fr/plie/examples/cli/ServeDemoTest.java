package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.plie.server.PlieServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plie serve --demo} as a user runs it: the command in its own JVM (the CLI entry point, which starts
 * plie-server's runnable jar in another) on a free port of 127.0.0.1 and a fresh H2 database; the test signs in
 * to the web application with the coordinator token it prints, reads the dashboard and the API, then stops it.
 */
class ServeDemoTest {
    private static final Pattern TOKEN = Pattern.compile("coordinatrice : nom « coordinatrice », jeton (\\S+)");

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void serve_demo_prints_a_token_that_opens_the_french_web_app_and_the_api(@TempDir Path dir) throws Exception {
        Path jar = serverJar();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dplie.server.jar=" + jar,
                        "-cp",
                        System.getProperty("java.class.path"),
                        PlieCommand.class.getName(),
                        "serve",
                        "--demo",
                        "--port",
                        String.valueOf(port),
                        "--jdbc-url",
                        "jdbc:h2:" + dir.resolve("plie-data/plie").toAbsolutePath())
                .redirectErrorStream(true);
        // Spring Boot's SERVER_ADDRESS, inherited by the server's JVM: listen on 127.0.0.1 only
        pb.environment().put("SERVER_ADDRESS", "127.0.0.1");
        Process plie = pb.start();
        try {
            String token = token(plie);
            String base = "http://127.0.0.1:" + port;
            HttpClient api = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            HttpResponse<String> parcours = api.send(
                    HttpRequest.newBuilder(URI.create(base + "/v1/parcours?size=5"))
                            .header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(parcours.statusCode()).as(parcours.body()).isEqualTo(200);
            assertThat(parcours.body()).contains("\"id\"").doesNotContain("\"totalItems\":0");

            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            String login = get(browser, base + "/connexion");
            Matcher csrf =
                    Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
            assertThat(csrf.find()).as(login).isTrue();
            String form = "nom=coordinatrice&jeton=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> dashboard = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/connexion"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.uri().getPath()).isEqualTo("/");
            assertThat(dashboard.body()).contains("lang=\"fr\"", "Tableau de bord", "coordinatrice");
        } finally {
            stop(plie);
        }
    }

    /** The server's runnable jar, built by the reactor beside plie-server's library jar (or its classes). */
    private static Path serverJar() throws Exception {
        Path library = Path.of(PlieServer.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        // target/classes or target/plie-server-VERSION.jar: the runnable jar is target/plie-server-exec.jar
        Path jar = library.getParent().resolve("plie-server-exec.jar");
        if (!Files.isRegularFile(jar)) {
            if ("true".equalsIgnoreCase(System.getenv("PLIE_TEST_REQUIRE_SERVERS"))) {
                fail("plie-server's runnable jar is missing: " + jar);
            }
            System.err.println("[examples] serve --demo test skipped: " + jar + " not built (mvn package first)");
            assumeTrue(false, "plie-server-exec.jar not built");
        }
        return jar;
    }

    /** Reads the command's output (on a thread of its own, so the wait stays bounded) until the token appears. */
    private static String token(Process plie) throws InterruptedException {
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(10_000);
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(plie.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.offer(line);
                }
            } catch (IOException e) {
                // the process ended
            }
            lines.offer("<end>");
        });
        reader.setDaemon(true);
        reader.start();
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals("<end>")) {
                break;
            }
            seen.append(line).append('\n');
            Matcher m = TOKEN.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        return fail("no token printed by plie serve --demo:\n" + seen);
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> reply = client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
        return reply.body();
    }

    /** Stops the command and the server it started, waiting boundedly for both. */
    private static void stop(Process plie) throws InterruptedException {
        List<ProcessHandle> children = plie.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        plie.destroy();
        if (!plie.waitFor(30, TimeUnit.SECONDS)) {
            plie.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
        assertThat(children).allMatch(c -> !c.isAlive());
    }
}
