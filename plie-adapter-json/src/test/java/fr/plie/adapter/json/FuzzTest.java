package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded fuzzing: 10,000 mutated parcours and participant documents, 3,000 mutated exit and eligibility policies and
 * 2,000 mutated indicator reports
 * (missing fields, wrong types, bad dates and periods, huge numbers, deep nesting, long strings, truncation, invalid
 * UTF-8, random bytes) only ever give documented errors: no exception escapes,
 * an invalid document gives no value, and every error is a {@link JsonErrorCode} with a French and English text.
 * Reproducible: a failure prints its seed and iteration.
 */
class FuzzTest {
    private static final long SEED = 20261122L;
    private static final int DOCUMENTS = 10_000;
    private static final String[] HOSTILE_VALUES = {
        "null",
        "true",
        "0",
        "-1",
        "1.5",
        "\"\"",
        "\"   \"",
        "\"x\"",
        "[]",
        "{}",
        "[null]",
        "\"2024-02-30\"",
        "\"2024-13-01\"",
        "\"24-01-01\"",
        "\"2024-1-1\"",
        "\"+12024-01-01\"",
        "\"2024-01-01T00:00:00Z\"",
        "1" + "0".repeat(150),
        "1e999999999",
        "-1e-999999999",
        "4.9E+1",
        "17.125",
        "9223372036854775808",
        "\"LEVEL_9\"",
        "\"exited\"",
        "\"1\"",
        "\"2\"",
        "\"00000000000000\"",
        "\"2A004\"",
        "\"a@b\"",
        "\"@\"",
        "{\"kind\":\"EMPLOYMENT\"}",
        "{\"type\":\"REFUSED\",\"date\":\"2024-01-01\"}",
        "[{}]"
    };

    private static final int POLICY_DOCUMENTS = 3_000;
    /** Values aimed at the policies: negative, zero and malformed periods, shares, ages and counts. */
    private static final String[] POLICY_HOSTILE_VALUES = {
        "null",
        "true",
        "-1",
        "0",
        "1.5",
        "1.00001",
        "200",
        "\"\"",
        "\"x\"",
        "[]",
        "{}",
        "[null]",
        "[\"CDI\",\"TEMPORARY_MISSION\"]",
        "\"P-6M\"",
        "\"-P6M\"",
        "\"P0D\"",
        "\"P6W\"",
        "\"PT6H\"",
        "\"P99999Y\"",
        "\"6 mois\"",
        "\"TOULOUSE_2015_2020\"",
        "\"PARIS\"",
        "\"SENIOR\"",
        "{\"anyOf\":[]}",
        "{\"kind\":\"JOB_SEEKER\",\"months\":3}",
        "{\"kind\":\"SENIOR\"}",
        "{\"minAge\":40,\"maxAge\":20}",
        "1" + "0".repeat(150),
        "9223372036854775808"
    };

    private final PlieJson json = PlieJson.create();
    /** Builds the mutants: without the reader's limits, so that it can write what the reader must refuse. */
    private final JsonMapper unlimited = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(100_000)
                            .maxStringLength(Integer.MAX_VALUE)
                            .maxNumberLength(Integer.MAX_VALUE)
                            .build())
                    .build())
            .build();

    private static final int RESULT_DOCUMENTS = 3_000;
    /** Values that fit another field of a result: codes, dates, type codes, booleans, counts. */
    private static final String[] RESULT_HOSTILE_VALUES = {
        "\"NOT_YET\"", "\"NOT_POSITIVE\"", "\"POSITIVE_EMPLOYMENT\"", "true", "false", "0", "12", "-1", "1.5",
        "\"2024-02-30\"", "\"2024-01-31\"", "\"P6M\"", "\"DATE\"", "\"STEP[]\"", "\"S1\"", "[]", "{}", "null",
        "[\"S1\",\"S2\"]", "\"\"", "1e400"
    };

    private final Map<JsonErrorCode, Integer> seen = new EnumMap<>(JsonErrorCode.class);

    @Test
    void mutated_documents_only_ever_give_documented_errors() throws Exception {
        int valid = fuzz(bases(), DOCUMENTS, SEED, HOSTILE_VALUES);
        // the mutations must actually hit the reader: most documents are refused, for many different reasons
        assertThat(valid).isLessThan(DOCUMENTS / 4);
        assertThat(seen.keySet())
                .contains(
                        JsonErrorCode.FIELD_REQUIRED,
                        JsonErrorCode.VALUE_TYPE,
                        JsonErrorCode.VALUE_DATE,
                        JsonErrorCode.VALUE_RANGE,
                        JsonErrorCode.TRUNCATED,
                        JsonErrorCode.ENCODING,
                        JsonErrorCode.SYNTAX,
                        JsonErrorCode.LIMIT_NESTING_DEPTH,
                        JsonErrorCode.LIMIT_NUMBER_LENGTH);
    }

    @Test
    void mutated_policy_documents_only_ever_give_documented_errors() throws Exception {
        List<Base> bases = goldenBases(PlieDocument.EXIT_POLICY, PlieDocument.ELIGIBILITY_POLICY);
        Random policies = new Random(SEED + 2);
        for (int i = 0; i < 20; i++) {
            bases.add(written(PlieDocument.EXIT_POLICY, PolicyGen.exitPolicy(policies)));
            bases.add(written(PlieDocument.ELIGIBILITY_POLICY, PolicyGen.eligibilityPolicy(policies)));
        }
        // value.between and value.period-positive hit one field each: PolicyDocumentsTest checks them directly
        int valid = fuzz(bases, POLICY_DOCUMENTS, SEED + 3, POLICY_HOSTILE_VALUES);

        assertThat(valid).isLessThan(POLICY_DOCUMENTS / 3);
        assertThat(seen.keySet())
                .contains(
                        JsonErrorCode.FIELD_REQUIRED,
                        JsonErrorCode.FIELD_UNKNOWN,
                        JsonErrorCode.FIELD_NOT_ALLOWED,
                        JsonErrorCode.VALUE_TYPE,
                        JsonErrorCode.VALUE_ENUM,
                        JsonErrorCode.VALUE_PERIOD,
                        JsonErrorCode.VALUE_RANGE,
                        JsonErrorCode.VALUE_EMPTY_LIST,
                        JsonErrorCode.TRUNCATED,
                        JsonErrorCode.ENCODING,
                        JsonErrorCode.LIMIT_NESTING_DEPTH);
    }

    @Test
    void mutated_exit_assessments_and_eligibility_results_only_ever_give_documented_errors() throws Exception {
        List<Base> bases = goldenBases(PlieDocument.EXIT_ASSESSMENT, PlieDocument.ELIGIBILITY_RESULT);
        int valid = fuzz(bases, RESULT_DOCUMENTS, SEED + 5, RESULT_HOSTILE_VALUES);

        assertThat(valid).isLessThan(RESULT_DOCUMENTS / 3);
        assertThat(seen.keySet())
                .contains(
                        JsonErrorCode.FIELD_REQUIRED,
                        JsonErrorCode.FIELD_UNKNOWN,
                        JsonErrorCode.VALUE_TYPE,
                        JsonErrorCode.VALUE_ENUM,
                        JsonErrorCode.VALUE_ARGUMENT,
                        JsonErrorCode.RULE_OUTCOME,
                        JsonErrorCode.RULE_DERIVED,
                        JsonErrorCode.TRUNCATED,
                        JsonErrorCode.ENCODING);
    }

    private static final int REPORT_DOCUMENTS = 2_000;
    /** Values aimed at the indicator report: negative and huge counts, codes, fractions, periods, drill-down ids. */
    private static final String[] REPORT_HOSTILE_VALUES = {
        "null",
        "true",
        "false",
        "-1",
        "0",
        "7",
        "0.5",
        "1.5",
        "0.1234567",
        "\"\"",
        "\"x\"",
        "[]",
        "{}",
        "[null]",
        "[\"PAR-1\"]",
        "\"ACTIVE_FILE\"",
        "\"EECO99\"",
        "\"MONTH\"",
        "\"2024-13-01\"",
        "{\"from\":\"2024-12-31\",\"to\":\"2024-01-01\"}",
        "{\"indicator\":\"EXITS\",\"total\":1,\"women\":1,\"men\":0,\"nonBinary\":0}",
        "{\"indicator\":\"EXITS\",\"total\":2,\"women\":1,\"men\":0,\"nonBinary\":0}",
        "{\"referent\":\"REF-01\",\"fte\":1}",
        "1" + "0".repeat(150),
        "9223372036854775807",
        "9223372036854775808",
        "1e999999999"
    };

    @Test
    void mutated_indicator_reports_only_ever_give_documented_errors() throws Exception {
        List<Base> bases = goldenBases(PlieDocument.INDICATOR_REPORT);
        qt().withFixedSeed(SEED)
                .withExamples(20)
                .forAll(ReportGen.reports())
                .checkAssert(report -> bases.add(written(PlieDocument.INDICATOR_REPORT, report)));
        int valid = fuzz(bases, REPORT_DOCUMENTS, SEED + 4, REPORT_HOSTILE_VALUES);

        assertThat(valid).isLessThan(REPORT_DOCUMENTS / 3);
        assertThat(seen.keySet())
                .contains(
                        JsonErrorCode.FIELD_REQUIRED,
                        JsonErrorCode.FIELD_UNKNOWN,
                        JsonErrorCode.VALUE_TYPE,
                        JsonErrorCode.VALUE_ENUM,
                        JsonErrorCode.VALUE_RANGE,
                        JsonErrorCode.VALUE_DATE,
                        JsonErrorCode.RULE_DERIVED,
                        JsonErrorCode.RULE_DRILL_DOWN,
                        JsonErrorCode.TRUNCATED,
                        JsonErrorCode.ENCODING);
    }

    /** A document to mutate and the kind it is read as. */
    private record Base(PlieDocument<?> type, byte[] bytes) {}

    /**
     * Reads {@code count} mutants of {@code bases} and checks each gives a value or documented errors only;
     * returns how many were still valid.
     */
    private int fuzz(List<Base> bases, int count, long seed, String[] hostile) {
        Random random = new Random(seed);
        List<Function<byte[], byte[]>> mutations = List.of(
                b -> treeMutation(b, random, this::removeField),
                b -> treeMutation(b, random, (node, r) -> replaceValue(node, r, hostile)),
                b -> treeMutation(b, random, (node, r) -> replaceValue(node, r, hostile)),
                b -> treeMutation(b, random, this::addField),
                b -> treeMutation(b, random, (node, r) -> replaceWith(node, r, deepNesting(r))),
                b -> treeMutation(b, random, (node, r) -> replaceWith(node, r, longString(r))),
                b -> java.util.Arrays.copyOf(b, random.nextInt(b.length)),
                b -> flipBytes(b, random),
                b -> insertBytes(b, random, new byte[] {(byte) 0xC3, (byte) 0x28}),
                b -> insertBytes(b, random, new byte[] {(byte) 0xFF}),
                b -> insertBytes(b, random, new byte[] {(byte) 0x80, (byte) 0x80}),
                b -> insertBytes(b, random, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                b -> insertBytes(
                        b, random, "{[\",:}]".substring(random.nextInt(7)).getBytes(StandardCharsets.UTF_8)));
        int valid = 0;
        for (int i = 0; i < count; i++) {
            Base chosen = bases.get(random.nextInt(bases.size()));
            byte[] base = chosen.bytes();
            byte[] mutated = base;
            int rounds = 1 + random.nextInt(3);
            for (int m = 0; m < rounds; m++) {
                mutated = mutations.get(random.nextInt(mutations.size())).apply(mutated);
            }
            PlieDocument<?> type = chosen.type();
            try {
                valid += check(json.read(type, mutated)) ? 1 : 0;
            } catch (RuntimeException e) {
                throw new AssertionError(
                        "seed " + seed + ", document " + i + " threw: " + new String(mutated, StandardCharsets.UTF_8),
                        e);
            }
        }
        return valid;
    }

    @Test
    void an_ndjson_stream_of_mutated_lines_reads_every_line_and_throws_nothing() throws Exception {
        List<byte[]> bases = new ArrayList<>();
        for (ParcoursDocument doc : List.of(Samples.exitedParcours(), Samples.activeParcours())) {
            bases.add(json.writeAsString(PlieDocument.PARCOURS, doc).getBytes(StandardCharsets.UTF_8));
        }
        Random random = new Random(SEED + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lines = 2_000;
        for (int i = 0; i < lines; i++) {
            byte[] line = bases.get(random.nextInt(bases.size()));
            line = switch (random.nextInt(4)) {
                case 0 -> line;
                case 1 -> java.util.Arrays.copyOf(line, random.nextInt(line.length));
                case 2 -> flipBytes(line, random);
                default -> insertBytes(line, random, new byte[] {(byte) 0xC3, (byte) 0x28});
            };
            out.write(new String(line, StandardCharsets.ISO_8859_1)
                    .replace("\n", " ")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write('\n');
        }
        List<NdjsonLine<ParcoursDocument>> read;
        try (NdjsonReader<ParcoursDocument> reader =
                json.readNdjson(PlieDocument.PARCOURS, new ByteArrayInputStream(out.toByteArray()))) {
            read = reader.stream().toList();
        }
        assertThat(read.size()).isBetween(lines - 50, lines);
        read.forEach(l -> {
            check(l.result());
            assertThat(l.result().errors()).allMatch(e -> e.line() == l.line());
        });
    }

    /** Whether the result is valid; asserts it is either a value or documented errors. */
    private boolean check(ReadResult<?> result) {
        if (result.isValid()) {
            assertThat(result.value().isDefined()).isTrue();
            return true;
        }
        assertThat(result.value().isEmpty()).isTrue();
        for (JsonError e : result.errors()) {
            seen.merge(e.code(), 1, Integer::sum);
            assertThat(e.pointer()).matches("(/[^/]*)*");
            assertThat(e.line()).isNotNegative();
            assertThat(e.message()).doesNotStartWith(e.code().code());
            assertThat(e.message(Locale.ENGLISH)).doesNotStartWith(e.code().code());
        }
        return false;
    }

    /** The parcours and participant documents the first fuzz pass mutates. */
    private List<Base> bases() throws Exception {
        List<Base> bases = goldenBases(PlieDocument.PARCOURS, PlieDocument.PARTICIPANT);
        bases.add(written(PlieDocument.PARCOURS, Samples.exitedParcours()));
        return bases;
    }

    /** The golden files of the given kinds. */
    private static List<Base> goldenBases(PlieDocument<?>... types) throws Exception {
        List<PlieDocument<?>> kinds = List.of(types);
        List<Base> bases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden/v1"))) {
            for (Path p :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                if (kinds.contains(GoldenFilesTest.typeOf(p))) {
                    bases.add(new Base(GoldenFilesTest.typeOf(p), Files.readAllBytes(p)));
                }
            }
        }
        return bases;
    }

    private <T> Base written(PlieDocument<T> type, T value) {
        return new Base(type, json.writeAsString(type, value).getBytes(StandardCharsets.UTF_8));
    }

    private interface TreeMutation {
        void apply(JsonNode root, Random random);
    }

    private byte[] treeMutation(byte[] bytes, Random random, TreeMutation mutation) {
        JsonNode root;
        try {
            root = unlimited.readTree(bytes);
        } catch (RuntimeException notJsonAnyMore) {
            return bytes;
        }
        if (root == null || !root.isContainer()) {
            return bytes;
        }
        mutation.apply(root, random);
        return unlimited.writeValueAsBytes(root);
    }

    /** A random container of the tree (the root included). */
    private static JsonNode pickContainer(JsonNode root, Random random) {
        JsonNode node = root;
        while (random.nextInt(3) != 0) {
            List<JsonNode> children = new ArrayList<>();
            for (JsonNode child : node.values()) {
                if (child.isContainer() && child.size() > 0) {
                    children.add(child);
                }
            }
            if (children.isEmpty()) {
                break;
            }
            node = children.get(random.nextInt(children.size()));
        }
        return node;
    }

    private void removeField(JsonNode root, Random random) {
        JsonNode node = pickContainer(root, random);
        if (node instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>(o.propertyNames());
            o.remove(names.get(random.nextInt(names.size())));
        } else if (node instanceof ArrayNode a && a.size() > 0) {
            a.remove(random.nextInt(a.size()));
        }
    }

    private void replaceValue(JsonNode root, Random random, String[] hostile) {
        replaceWith(root, random, hostile[random.nextInt(hostile.length)]);
    }

    private void addField(JsonNode root, Random random) {
        JsonNode node = pickContainer(root, random);
        if (node instanceof ObjectNode o) {
            o.set(random.nextBoolean() ? "unexpected" : "id", unlimited.readTree("\"x\""));
        }
    }

    private void replaceWith(JsonNode root, Random random, String valueJson) {
        JsonNode node = pickContainer(root, random);
        JsonNode value = unlimited.readTree(valueJson);
        if (node instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>(o.propertyNames());
            o.set(names.get(random.nextInt(names.size())), value);
        } else if (node instanceof ArrayNode a && a.size() > 0) {
            a.set(random.nextInt(a.size()), value);
        }
    }

    /** A long text: over the 100,000-character limit one time in four. */
    private static String longString(Random random) {
        int length = random.nextInt(4) == 0 ? 100_001 + random.nextInt(1000) : 4000 + random.nextInt(2000);
        return "\"" + "é".repeat(length) + "\"";
    }

    /** Nesting deeper than the limit, built as a tree so that writing it stays cheap. */
    private String deepNesting(Random random) {
        int depth = 10 + random.nextInt(60);
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static byte[] flipBytes(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] insertBytes(byte[] bytes, Random random, byte[] inserted) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }
}
