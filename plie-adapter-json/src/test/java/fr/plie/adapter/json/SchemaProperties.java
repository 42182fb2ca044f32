package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every document the module writes validates against the JSON Schema shipped in the jar. */
class SchemaProperties {
    private final PlieJson json = PlieJson.create();
    private final PlieJson pseudonymous = PlieJson.create(new PlieJacksonModule().withPseudonymousExport(true));

    @Test
    void every_parcours_document_written_validates_against_the_parcours_schema() {
        qt().withExamples(200).forAll(DomainGen.documents()).checkAssert(doc -> {
            assertThat(Schemas.violations(PlieDocument.PARCOURS, json.writeAsString(PlieDocument.PARCOURS, doc)))
                    .isEmpty();
            assertThat(Schemas.violations(
                            PlieDocument.PARCOURS, pseudonymous.writeAsString(PlieDocument.PARCOURS, doc)))
                    .isEmpty();
        });
    }

    @Test
    void every_participant_written_validates_against_the_participant_schema() {
        qt().withExamples(200)
                .forAll(DomainGen.participants())
                .checkAssert(p -> assertThat(Schemas.violations(
                                PlieDocument.PARTICIPANT, json.writeAsString(PlieDocument.PARTICIPANT, p)))
                        .isEmpty());
    }

    @Test
    void the_schema_rejects_what_the_reader_rejects_for_the_main_rules() {
        String exited = json.writeAsString(PlieDocument.PARCOURS, Samples.exitedParcours());
        assertThat(Schemas.violations(PlieDocument.PARCOURS, exited)).isEmpty();
        String withoutValidation = exited.replaceAll(",\"validation\":\\{[^}]*}", "");
        assertThat(Schemas.violations(PlieDocument.PARCOURS, withoutValidation)).isNotEmpty();
        assertThat(json.readParcours(withoutValidation).errors())
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.RULE_STATUS);
        String unknownField = exited.replace("\"formatVersion\":\"1\"", "\"formatVersion\":\"1\",\"colour\":\"red\"");
        assertThat(Schemas.violations(PlieDocument.PARCOURS, unknownField)).isNotEmpty();
    }

    @Test
    void the_schemas_in_docs_are_the_ones_shipped_in_the_jar() throws IOException {
        for (PlieDocument<?> type : PlieDocument.all()) {
            String shipped;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schemaResource())) {
                shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path docs = Path.of("..", "docs", "schema", "v1", type.name() + ".schema.json");
            assertThat(Files.readString(docs)).isEqualTo(shipped);
        }
    }
}
