package fr.plie.servertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP client on the test server, as a vendor's program would call it; every reply of a documented operation
 * is checked against docs/openapi.json ({@link OpenApi}).
 */
public final class Http {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    public Http(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    /** A reply: status, headers and body as text. */
    public record Reply(int status, HttpResponse<byte[]> raw) {
        public String body() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The problem's stable code. */
        public String code() {
            return json().get("code").asString();
        }

        public List<JsonNode> lines() {
            List<JsonNode> lines = new ArrayList<>();
            body().lines().filter(l -> !l.isBlank()).forEach(l -> lines.add(JSON.readTree(l)));
            return lines;
        }
    }

    /** A request being built. */
    public final class Call {
        private final HttpRequest.Builder builder;
        private final String method;
        private final String path;
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        Call(String method, String path) {
            this.method = method;
            this.path = path;
            this.builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30));
        }

        public Call as(String tokenName) {
            return bearer(Seed.token(port, tokenName));
        }

        /** With {@code token}, a token of a server that {@link Seed} did not set up. */
        public Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Call header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        public Call json(String body) {
            return body("application/json", body);
        }

        public Call ndjson(String body) {
            return body("application/x-ndjson", body);
        }

        public Call body(String contentType, String text) {
            builder.header("Content-Type", contentType);
            this.body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
            return this;
        }

        public Call english() {
            return header("Accept-Language", "en");
        }

        /** Sends the request; checks the reply against the OpenAPI document. */
        public Reply send() {
            Reply reply = sendUnchecked();
            OpenApi.check(method, path, reply);
            return reply;
        }

        /** Sends the request without checking the reply (a route the document does not have). */
        public Reply sendUnchecked() {
            try {
                HttpResponse<byte[]> raw =
                        CLIENT.send(builder.method(method, body).build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Reply(raw.statusCode(), raw);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public Call get(String path) {
        return new Call("GET", path);
    }

    public Call post(String path) {
        return new Call("POST", path);
    }

    public Call delete(String path) {
        return new Call("DELETE", path);
    }

    /** Asserts a problem reply: status, code, and the problem+json shape. */
    public static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.code()).isEqualTo(code);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
