package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.fixture.RandomCohort;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.rules.eligibility.EligibilityChecker;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped JSON Schema accepts a document exactly when the reader does, over generated documents and their
 * mutations (a field dropped, an unknown field, a wrong type, a null, a value out of range). The one exception is
 * the cross-field rules the schema cannot express: a document the reader refuses with {@code rule.*} codes (or
 * {@code value.argument}) only may validate (docs/format.md, "Schema and reader").
 */
class SchemaAgreementProperties {
    private static final JsonMapper TREE = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private final PlieJson json = PlieJson.create();

    @Test
    void the_parcours_schema_accepts_exactly_what_the_reader_accepts() {
        agree(PlieDocument.PARCOURS, DomainGen.documents());
    }

    @Test
    void the_participant_schema_accepts_exactly_what_the_reader_accepts() {
        agree(PlieDocument.PARTICIPANT, DomainGen.participants());
    }

    @Test
    void the_exit_policy_schema_accepts_exactly_what_the_reader_accepts() {
        agree(PlieDocument.EXIT_POLICY, PolicyGen.exitPolicies());
    }

    @Test
    void the_eligibility_policy_schema_accepts_exactly_what_the_reader_accepts() {
        agree(PlieDocument.ELIGIBILITY_POLICY, PolicyGen.eligibilityPolicies());
    }

    @Test
    void the_indicator_report_schema_accepts_exactly_what_the_reader_accepts() {
        agree(PlieDocument.INDICATOR_REPORT, ReportGen.reports());
    }

    @Test
    void the_exit_assessment_schema_accepts_exactly_what_the_reader_accepts() {
        List<ExitPolicy> presets = ExitPolicy.presets();
        agree(
                PlieDocument.EXIT_ASSESSMENT,
                DomainGen.parcours()
                        .zip(
                                integers().between(0, presets.size() - 1),
                                (parcours, preset) -> ExitEngine.assess(parcours, AS_OF, presets.get(preset))));
    }

    @Test
    void the_eligibility_result_schema_accepts_exactly_what_the_reader_accepts() {
        List<EligibilityPolicy> presets =
                List.of(EligibilityPolicy.GRAND_AMIENOIS, EligibilityPolicy.GRAND_PERIGUEUX_2022_2027);
        agree(
                PlieDocument.ELIGIBILITY_RESULT,
                DomainGen.participants()
                        .zip(
                                integers().between(0, presets.size() - 1),
                                (participant, preset) ->
                                        EligibilityChecker.check(participant.profile(), AS_OF, presets.get(preset))));
    }

    @Test
    void the_esf_record_schema_accepts_exactly_what_the_reader_accepts() {
        agree(
                PlieDocument.ESF_RECORD,
                longs().all().zip(integers().between(0, 25), EsfRecordDocumentTest::randomRecord));
    }

    @Test
    void the_indicator_accumulator_schema_accepts_exactly_what_the_reader_accepts() {
        agree(PlieDocument.INDICATOR_ACCUMULATOR, longs().all().zip(integers().between(0, 30), (seed, size) -> {
            IndicatorAccumulator accumulator =
                    IndicatorAccumulator.empty(ReportingPeriod.year(2024), ReportingOptions.asOf(AS_OF));
            RandomCohort.of(seed, size).forEach(accumulator::add);
            return accumulator.snapshot();
        }));
    }

    private <T> void agree(PlieDocument<T> type, Gen<T> values) {
        qt().withExamples(200).forAll(values, longs().all()).checkAssert((value, seed) -> {
            JsonNode tree = TREE.readTree(json.writeAsString(type, value));
            String mutation = mutate(tree, new Random(seed));
            String doc = TREE.writeValueAsString(tree);
            List<String> schema = Schemas.violations(type, doc);
            List<JsonError> reader = json.read(type, doc).errors();
            boolean onlyRules = !reader.isEmpty() && reader.stream().allMatch(e -> acrossFields(e.code()));
            if (!onlyRules) {
                assertThat(schema.isEmpty())
                        .as("%s%nschema: %s%nreader: %s%n%s", mutation, schema, reader, doc)
                        .isEqualTo(reader.isEmpty());
            }
        });
    }

    /**
     * The codes of the rules across fields that JSON Schema cannot express: the {@code rule.*} codes, and an
     * explanation's argument that does not match the type code at the same index of {@code argTypes}.
     */
    private static boolean acrossFields(JsonErrorCode code) {
        return code.code().startsWith("rule.") || code == JsonErrorCode.VALUE_ARGUMENT;
    }

    /** Changes one place of {@code tree} at random and says what it did. */
    static String mutate(JsonNode tree, Random random) {
        List<Map.Entry<String, JsonNode>> places = new ArrayList<>();
        collect("", tree, places);
        Map.Entry<String, JsonNode> place = places.get(random.nextInt(places.size()));
        JsonNode container = place.getValue();
        int kind = random.nextInt(7);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            if (kind == 0 || names.isEmpty()) {
                object.put("colour", "red");
                return "unknown field at " + place.getKey();
            }
            String name = names.get(random.nextInt(names.size()));
            String at = place.getKey() + "/" + name;
            JsonNode old = object.get(name);
            return switch (kind) {
                case 1 -> {
                    object.remove(name);
                    yield "dropped " + at;
                }
                case 2 -> {
                    object.putNull(name);
                    yield "null at " + at;
                }
                case 3 -> {
                    object.set(name, wrongType(old));
                    yield "wrong type at " + at;
                }
                default -> {
                    object.set(name, outOfRange(old, random));
                    yield "out of range at " + at + ": " + object.get(name);
                }
            };
        }
        ArrayNode array = (ArrayNode) container;
        int i = random.nextInt(array.size());
        String at = place.getKey() + "/" + i;
        if (kind < 2) {
            array.set(i, NODES.nullNode());
            return "null element at " + at;
        }
        if (kind < 4) {
            array.set(i, wrongType(array.get(i)));
            return "wrong element type at " + at;
        }
        array.set(i, outOfRange(array.get(i), random));
        return "element out of range at " + at + ": " + array.get(i);
    }

    private static void collect(String at, JsonNode node, List<Map.Entry<String, JsonNode>> into) {
        if (node instanceof ObjectNode object) {
            into.add(Map.entry(at, node));
            object.properties().forEach(e -> collect(at + "/" + e.getKey(), e.getValue(), into));
        } else if (node instanceof ArrayNode array) {
            if (!array.isEmpty()) {
                into.add(Map.entry(at, node));
            }
            for (int i = 0; i < array.size(); i++) {
                collect(at + "/" + i, array.get(i), into);
            }
        }
    }

    private static JsonNode wrongType(JsonNode old) {
        return old.isString() ? NODES.numberNode(42) : old.isObject() ? NODES.arrayNode() : NODES.stringNode("x");
    }

    private static JsonNode outOfRange(JsonNode old, Random random) {
        if (old.isString()) {
            String s = old.stringValue();
            return switch (random.nextInt(4)) {
                case 0 -> NODES.stringNode(" ");
                case 1 -> NODES.stringNode(s.matches("\\d{4}-\\d{2}-\\d{2}") ? s.substring(0, 5) + "02-30" : s + "~");
                case 2 -> NODES.stringNode("x".repeat(1001));
                default -> NODES.stringNode(s.toLowerCase(java.util.Locale.ROOT) + "0");
            };
        }
        if (old.isNumber()) {
            return switch (random.nextInt(4)) {
                case 0 -> NODES.numberNode(-1);
                case 1 -> NODES.numberNode(0);
                case 2 -> NODES.numberNode(new java.math.BigDecimal("1000000000000"));
                default -> NODES.numberNode(new java.math.BigDecimal("1.001"));
            };
        }
        if (old.isArray()) {
            ArrayNode doubled = ((ArrayNode) old).deepCopy();
            doubled.addAll((ArrayNode) old);
            return doubled;
        }
        return wrongType(old);
    }
}
