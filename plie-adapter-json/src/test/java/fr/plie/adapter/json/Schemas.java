package fr.plie.adapter.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON Schemas shipped in the jar, loaded from the classpath as a consumer of the jar would. */
final class Schemas {
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {}

    static Schema of(PlieDocument<?> type) {
        return CACHE.computeIfAbsent(type.schemaResource(), resource -> {
            try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("schema not in the jar: " + resource);
                }
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The schema violations of {@code json} as a document of {@code type}; empty when it validates. */
    static List<String> violations(PlieDocument<?> type, String json) {
        return of(type).validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }
}
