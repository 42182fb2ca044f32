package fr.plie.servertest;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The committed OpenAPI document, docs/openapi.json, as a contract the test replies must keep: the status of each
 * reply is one the operation documents, its media type one documented for that status, and its body (each line
 * of NDJSON) validates against the documented schema, the exchange format's schemas in docs/schema/v1 included.
 */
public final class OpenApi {
    public static final Path FILE =
            Path.of("..", "docs", "openapi.json").toAbsolutePath().normalize();
    static final JsonNode DOCUMENT = read();
    /** Where the server serves the document: its relative references resolve as a client's would. */
    private static final String BASE = "https://plie.invalid/v1/";

    /** The document and the schemas it refers to, read from docs/ (served from the jar under the same names). */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas(iri -> {
                if (!iri.startsWith(BASE)) {
                    return null;
                }
                try {
                    return Files.readString(FILE.getParent().resolve(iri.substring(BASE.length())));
                } catch (java.io.IOException e) {
                    return null;
                }
            }));

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OpenApi() {}

    private static JsonNode read() {
        try {
            return Http.JSON.readTree(Files.readAllBytes(FILE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The path template of the document that {@code path} (query left aside) matches, or null. */
    static String template(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        for (Iterator<String> it = DOCUMENT.get("paths").propertyNames().iterator(); it.hasNext(); ) {
            String template = it.next();
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (bare.matches(regex)) {
                return template;
            }
        }
        return null;
    }

    /** Checks {@code reply} to {@code method path} against the document; an undocumented route is not checked. */
    static void check(String method, String path, Http.Reply reply) {
        String template = template(path);
        if (template == null) {
            return;
        }
        String verb = method.toLowerCase(Locale.ROOT);
        JsonNode operation = DOCUMENT.get("paths").get(template).get(verb);
        if (operation == null) {
            return; // 405 on a documented path
        }
        JsonNode response = operation.get("responses").get(String.valueOf(reply.status()));
        assertThat(response)
                .as(
                        "%s %s answered %d, which docs/openapi.json does not document: %s",
                        method, template, reply.status(), reply.body())
                .isNotNull();
        JsonNode content = response.get("content");
        if (content == null) {
            return;
        }
        String contentType = reply.header("Content-Type");
        assertThat(contentType)
                .as("%s %s %d has no Content-Type", method, template, reply.status())
                .isNotNull();
        String media = contentType.split(";")[0].strip();
        assertThat(content.has(media))
                .as(
                        "%s %s %d answered %s, documented: %s",
                        method, template, reply.status(), media, content.propertyNames())
                .isTrue();
        JsonNode schema = content.get(media).get("schema");
        if (schema == null || !(media.endsWith("json") || media.equals("application/x-ndjson"))) {
            return;
        }
        String pointer = "#/paths/" + escape(template) + "/" + verb + "/responses/" + reply.status() + "/content/"
                + escape(media) + "/schema";
        Schema validator =
                SCHEMAS.computeIfAbsent(pointer, p -> REGISTRY.getSchema(SchemaLocation.of(BASE + "openapi.json" + p)));
        List<String> bodies = media.equals("application/x-ndjson")
                ? reply.body().lines().filter(l -> !l.isBlank()).toList()
                : List.of(reply.body());
        for (String body : bodies) {
            List<Error> errors = validator.validate(body, InputFormat.JSON);
            assertThat(errors)
                    .as("%s %s %d does not match docs/openapi.json: %s", method, template, reply.status(), body)
                    .isEmpty();
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
