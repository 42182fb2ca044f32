package fr.plie.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Seed;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A client that sends the whole batch before it reads (Java's {@code HttpClient} over HTTP/1.1) gets every
 * answer: the server never writes to it while it is still sending.
 */
@TestPropertySource(
        properties = {
            "plie.max-request-bytes=67108864",
            "spring.datasource.url=jdbc:h2:mem:plie-server-batch;DB_CLOSE_DELAY=-1"
        })
class NdjsonSendFirstTest extends ApiTestBase {
    private static final int LINES = 20_000;

    @Test
    void a_batch_of_20000_lines_sent_before_reading_is_answered_line_by_line() throws Exception {
        String good = example("parcours-exited-with-participant.json").replaceAll("\\s*\\n\\s*", "");
        StringBuilder batch = new StringBuilder(LINES * (good.length() + 1));
        for (int i = 0; i < LINES; i++) {
            batch.append(i == LINES / 2 ? "not json" : good).append('\n');
        }
        int port = http().port();
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/exit-assessments"))
                .header("Authorization", "Bearer " + Seed.token(port, "coordinator"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(batch.toString().getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> reply =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(120, TimeUnit.SECONDS);
        assertThat(reply.statusCode()).isEqualTo(200);
        List<String> lines = reply.body().lines().toList();
        assertThat(lines).hasSize(LINES);
        assertThat(lines.get(0)).startsWith("{\"line\":1,\"parcoursId\":\"PAR-2023-0042\",\"exitAssessment\":");
        assertThat(lines.get(LINES / 2)).startsWith("{\"line\":" + (LINES / 2 + 1) + ",\"errors\":");
        assertThat(lines.get(LINES - 1)).startsWith("{\"line\":" + LINES + ",\"parcoursId\":\"PAR-2023-0042\"");
    }

    @Test
    void a_client_that_sends_a_line_and_waits_gets_its_answer_before_it_sends_the_next() throws Exception {
        String good = example("parcours-minimal.json").replaceAll("\\s*\\n\\s*", "") + "\n";
        int port = http().port();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/exit-assessments HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Authorization: Bearer " + Seed.token(port, "coordinator") + "\r\n"
                            + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (int line = 1; line <= 3; line++) {
                byte[] chunk = good.getBytes(StandardCharsets.UTF_8);
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // the answer to this line arrives while the body is still open (read times out otherwise)
                String answer = in.readLine();
                while (!answer.startsWith("{")) {
                    answer = in.readLine();
                }
                assertThat(answer).startsWith("{\"line\":" + line + ",\"parcoursId\":\"PAR-MIN-1\"");
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }
}
