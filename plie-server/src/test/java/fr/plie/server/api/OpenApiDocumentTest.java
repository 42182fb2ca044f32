package fr.plie.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Http.Reply;
import fr.plie.servertest.OpenApi;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document served is the one committed, and it documents every route of the API and no other. */
class OpenApiDocumentTest extends ApiTestBase {
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void the_document_served_without_a_token_is_docs_openapi_json() throws Exception {
        Reply reply = http().get("/v1/openapi.json").send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(Files.readString(OpenApi.FILE));
    }

    @Test
    void the_schemas_it_refers_to_are_served_too() throws Exception {
        Reply reply = http().get("/v1/schema/v1/parcours.schema.json").send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body())
                .isEqualTo(Files.readString(OpenApi.FILE.getParent().resolve("schema/v1/parcours.schema.json")));
        assertThat(http().get("/v1/schema/v1/secret.schema.json").send().status())
                .isEqualTo(404);
    }

    @Test
    void every_route_of_the_api_is_documented_and_every_documented_operation_exists() throws Exception {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/v1/"))
                        .forEach(p ->
                                info.getMethodsCondition().getMethods().forEach(m -> routes.add(m.name() + " " + p))));
        Set<String> documented = new TreeSet<>();
        JsonNode paths = new tools.jackson.databind.json.JsonMapper()
                .readTree(Files.readString(OpenApi.FILE))
                .get("paths");
        for (Iterator<String> it = paths.propertyNames().iterator(); it.hasNext(); ) {
            String path = it.next();
            paths.get(path).propertyNames().forEach(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path));
        }
        assertThat(routes).isEqualTo(documented);
    }

    @Test
    void the_documented_alert_kinds_are_those_the_rules_raise() throws Exception {
        JsonNode kinds = new tools.jackson.databind.json.JsonMapper()
                .readTree(Files.readString(OpenApi.FILE))
                .at("/components/schemas/AlertKind/enum");
        Set<String> documented = new TreeSet<>();
        kinds.forEach(k -> documented.add(k.asString()));
        Set<String> raised = new TreeSet<>();
        for (fr.plie.rules.alert.AlertKind kind : fr.plie.rules.alert.AlertKind.values()) {
            raised.add(kind.name());
        }
        assertThat(documented).isEqualTo(raised);
    }
}
