package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        List<String> args = new java.util.ArrayList<>(List.of(
                "report",
                "--ndjson",
                export.toString(),
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "--format",
                "csv"));
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
