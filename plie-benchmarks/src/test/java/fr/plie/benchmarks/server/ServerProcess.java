package fr.plie.benchmarks.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * plie-server run as {@code plie serve} runs it: {@code java -jar plie-server-exec.jar} in a JVM of its own, so
 * that the load test's clients neither share its heap and collections nor Maven's JVM. The jar is {@code
 * -Dplie.server.jar} (the pom names the one the reactor built); {@code -DserverJvm=-Xmx1g,-XX:...} adds options to
 * its JVM, none by default, as {@code plie serve} gives none. Its output goes to {@code -Dplie.server.log} (the pom:
 * {@code plie-benchmarks/target/server-load.log}).
 */
final class ServerProcess implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final String token;

    private ServerProcess(Process process, int port, String token) {
        this.process = process;
        this.port = port;
        this.token = token;
    }

    /** Creates a coordinator's token in a new H2 database under {@code dir}, then serves it on a free port. */
    static ServerProcess start(Path dir, List<String> serverArgs) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("plie.server.jar", "plie-server/target/plie-server-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " not built: run the load test with -am");
        }
        String url = "--jdbc-url=jdbc:h2:" + dir.resolve("plie").toAbsolutePath();
        Process add = new ProcessBuilder(
                        java(), "-jar", jar.toString(), "token", "add", "--role", "coordinator", "--name", "load", url)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String token = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (add.waitFor() != 0 || token.isEmpty()) {
            throw new IllegalStateException("token add failed");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(java()));
        String jvm = System.getProperty("serverJvm", "");
        if (!jvm.isBlank()) {
            command.addAll(List.of(jvm.split(",")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--port=" + port, url, "--server.address=127.0.0.1"));
        command.addAll(serverArgs);
        Path log = Path.of(System.getProperty("plie.server.log", "server-load.log"));
        Process server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServerProcess running = new ServerProcess(server, port, token);
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly));
        running.awaitHealth(log);
        return running;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Polls {@code /actuator/health} until it answers 200, the process dies or {@link #START} passes. */
    private void awaitHealth(Path log) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        long end = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < end && process.isAlive()) {
            try {
                if (client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("the server did not start: see " + log.toAbsolutePath());
    }

    int port() {
        return port;
    }

    /** A coordinator's token on its database. */
    String token() {
        return token;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
