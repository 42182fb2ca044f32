package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.fixture.RandomCohort;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code null} put in turn in every field and every list element of every golden document (and of an
 * accumulator document) gives the document or located errors, never an exception, and the shipped schema accepts
 * it exactly when the reader does: an optional field reads null as absent, a required one reports it.
 */
class NullEverywhereTest {
    private static final JsonMapper TREE = JsonMapper.builder().build();
    private static final PlieJson JSON = PlieJson.create();

    /** A golden document, or one written, and the kind it is read as. */
    record Base(String name, PlieDocument<?> type, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Base> documents() throws IOException {
        List<Base> bases = new ArrayList<>();
        for (Path p : GoldenFilesTest.documents().toList()) {
            bases.add(new Base(p.getFileName().toString(), GoldenFilesTest.typeOf(p), Files.readString(p)));
        }
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(
                ReportingPeriod.year(2024),
                ReportingOptions.asOf(LocalDate.of(2025, 2, 15)).withTargets(Targets.GRAND_AMIENOIS));
        RandomCohort.of(7, 30).forEach(accumulator::add);
        bases.add(new Base(
                "indicator-accumulator",
                PlieDocument.INDICATOR_ACCUMULATOR,
                JSON.writeAsString(PlieDocument.INDICATOR_ACCUMULATOR, accumulator.snapshot())));
        return bases.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void a_null_anywhere_reads_as_absent_or_is_a_located_error_as_the_schema_says(Base base) {
        JsonNode original = TREE.readTree(base.text());
        List<String> places = new ArrayList<>();
        collect("", original, places);
        for (String place : places) {
            JsonNode tree = original.deepCopy();
            putNull(tree, place);
            String doc = TREE.writeValueAsString(tree);
            ReadResult<?> read;
            try {
                read = JSON.read(base.type(), doc);
            } catch (RuntimeException e) {
                throw new AssertionError("null at " + place + " threw", e);
            }
            List<JsonError> errors = read.errors();
            assertThat(read.value().isDefined()).as("null at %s", place).isEqualTo(errors.isEmpty());
            assertThat(errors).as("null at %s", place).allMatch(e -> e.line() > 0 && e.column() > 0);
            boolean onlyRules = !errors.isEmpty()
                    && errors.stream().allMatch(e -> e.code().code().startsWith("rule."));
            if (!onlyRules) {
                assertThat(Schemas.violations(base.type(), doc).isEmpty())
                        .as("null at %s: schema agrees with the reader %s", place, errors)
                        .isEqualTo(errors.isEmpty());
            }
        }
    }

    /** The pointers of every field and element below the root. */
    private static void collect(String at, JsonNode node, List<String> into) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                into.add(at + "/" + e.getKey());
                collect(at + "/" + e.getKey(), e.getValue(), into);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                into.add(at + "/" + i);
                collect(at + "/" + i, array.get(i), into);
            }
        }
    }

    private static void putNull(JsonNode tree, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = tree.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.putNull(last);
        } else {
            ((ArrayNode) parent).setNull(Integer.parseInt(last));
        }
    }
}
