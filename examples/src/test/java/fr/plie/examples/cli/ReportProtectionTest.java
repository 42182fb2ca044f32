package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.json.PlieJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code plie report} protects: small counts masked in what may be published unless asked otherwise, no
 * parcours counted twice, no period so large it overflows.
 */
class ReportProtectionTest {
    @TempDir
    static Path dir;

    static Path export;

    @BeforeAll
    static void export() throws Exception {
        export = Synthetic.ndjson(Synthetic.plie(12), dir.resolve("small.ndjson"));
    }

    static Run csv(String... more) {
        return report("csv", more);
    }

    /** The 2024 report of the small PLIE in {@code format}, with {@code more} options. */
    static Run report(String format, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "report",
                "--ndjson",
                export.toString(),
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "--format",
                format));
        args.addAll(List.of(more));
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void smallCountsAreMaskedByDefaultAndShownOnRequest() {
        Run masked = csv();
        Run shown = csv("--mask-below", "0");

        assertThat(masked.code()).as(masked.err()).isZero();
        assertThat(masked.out()).contains("< 5");
        assertThat(shown.out()).doesNotContain("< 5");
        assertThat(csv("--mask-below", "50").out().split("< 50", -1).length)
                .as("a higher threshold masks more")
                .isGreaterThan(masked.out().split("< 5", -1).length);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonReportMasksSmallCountsAsTheOtherFormatsDo() {
        Run masked = report("json");
        Run shown = report("json", "--mask-below", "0");

        assertThat(masked.code()).as(masked.err()).isZero();
        Map<String, Object> m = PlieJson.create().mapper().readValue(masked.out(), Map.class);
        Map<String, Object> s = PlieJson.create().mapper().readValue(shown.out(), Map.class);
        List<Map<String, Object>> maskedFigures = (List<Map<String, Object>>) m.get("figures");
        List<Map<String, Object>> shownFigures = (List<Map<String, Object>>) s.get("figures");
        int hidden = 0;
        for (int i = 0; i < shownFigures.size(); i++) {
            for (String sex : List.of("total", "women", "men", "nonBinary")) {
                long value = ((Number) shownFigures.get(i).get(sex)).longValue();
                Object printed = maskedFigures.get(i).get(sex);
                if (value >= 1 && value <= 4) {
                    assertThat(printed)
                            .as(shownFigures.get(i).get("code") + " " + sex)
                            .isNull();
                    hidden++;
                } else {
                    assertThat(((Number) printed).longValue()).isEqualTo(value);
                }
            }
        }
        assertThat(hidden).as("a PLIE of 12 has small counts").isPositive();
        assertThat(m.get("maskedBelow")).isEqualTo(5);
        assertThat(s).doesNotContainKey("maskedBelow");
        // a rate computed from a masked count shows neither its count nor its value
        Map<String, Map<String, Object>> rates = (Map<String, Map<String, Object>>) m.get("rates");
        rates.values().stream()
                .filter(r -> r.get("numerator") == null || r.get("denominator") == null)
                .forEach(r -> assertThat(r.get("value")).isNull());
        assertThat(masked.out()).doesNotContain("\"women\":1,").doesNotContain("\"total\":1,");
    }

    @Test
    void aParcoursGivenTwiceIsRefusedWithItsLineRatherThanCountedTwice() throws Exception {
        List<String> lines = Files.readAllLines(export);
        Path twice = Files.write(dir.resolve("twice.ndjson"), List.of(lines.get(0), lines.get(1), lines.get(0)));

        Run run = Run.of("report", "--ndjson", twice.toString(), "--from", "2024-01-01", "--to", "2024-12-31");

        assertThat(run.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(run.err()).contains("twice.ndjson:3: le parcours ").contains("figure déjà à la ligne 1");
    }

    @Test
    void aPeriodOfMillionsOfYearsIsAClearErrorNotAnOverflow() {
        Run run = Run.of(
                "report", "--ndjson", export.toString(), "--from=-999999-01-01", "--to=+999999-12-31", "--lang", "en");

        assertThat(run.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(run.err()).startsWith("Error: period out of bounds").doesNotContain("Exception");
    }
}
