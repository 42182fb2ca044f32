package fr.plie.server.api;

import fr.plie.adapter.json.PlieDocument;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/openapi.json}: the OpenAPI 3.1 description of the API, the very file committed as
 * {@code docs/openapi.json} (packaged from there), readable without a token.
 */
@RestController
class OpenApiController {
    static final String RESOURCE = "/fr/plie/server/openapi.json";

    @GetMapping(path = "/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> openApi() throws IOException {
        try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("openapi.json missing from the jar");
            }
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(in.readAllBytes());
        }
    }

    /** The JSON Schemas of the exchange format the document refers to, as plie-adapter-json ships them. */
    @GetMapping(path = "/v1/schema/v1/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> schema(@PathVariable String name) throws IOException {
        PlieDocument<?> document = PlieDocument.all().stream()
                .filter(d -> (d.name() + ".schema.json").equals(name))
                .findFirst()
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "request.no-route"));
        try (InputStream in = PlieDocument.class.getClassLoader().getResourceAsStream(document.schemaResource())) {
            if (in == null) {
                throw new IOException("schema missing from the jar");
            }
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(in.readAllBytes());
        }
    }
}
