package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.examples.demo.SyntheticPlie;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plie report --format accumulator} then {@code --merge}: two PLIEs' documents give one pass's figures. */
class ReportMergeCommandTest {
    @TempDir
    Path dir;

    private Path half(SyntheticPlie.Plie plie, int from, int to, String name) throws Exception {
        SyntheticPlie.Plie part =
                new SyntheticPlie.Plie(plie.referents(), plie.cases().subList(from, to), plie.asOf());
        return Synthetic.ndjson(part, dir.resolve(name));
    }

    private Run report(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"report", "--from", "2024-01-01"}, 0, all, 0, 3);
        all[3] = "--to=2024-12-31";
        System.arraycopy(args, 0, all, 4, args.length);
        return Run.of(all);
    }

    @Test
    void merging_the_accumulators_of_two_plies_gives_the_report_of_both_at_once() throws Exception {
        SyntheticPlie.Plie plie = Synthetic.plie(60);
        Path a = half(plie, 0, 25, "a.ndjson");
        Path b = half(plie, 25, 60, "b.ndjson");
        Path all = Synthetic.ndjson(plie, dir.resolve("all.ndjson"));
        Path aJson = dir.resolve("a.json");
        Path bJson = dir.resolve("b.json");
        assertThat(report("--ndjson", a.toString(), "--format", "accumulator", "-o", aJson.toString())
                        .code())
                .isZero();
        assertThat(report("--ndjson", b.toString(), "--format", "accumulator", "-o", bJson.toString())
                        .code())
                .isZero();
        assertThat(Files.readString(aJson)).doesNotContain("P-0").doesNotContain("PAR-0");

        Run merged = report("--merge", aJson.toString(), bJson.toString(), "--format", "json");
        Run onePass = report("--ndjson", all.toString(), "--format", "json");
        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(merged.out()).isEqualTo(onePass.out());
    }

    @Test
    void documents_of_another_period_do_not_merge() throws Exception {
        SyntheticPlie.Plie plie = Synthetic.plie(10);
        Path a = Synthetic.ndjson(plie, dir.resolve("a.ndjson"));
        Path aJson = dir.resolve("a.json");
        Run written = Run.of(
                "report",
                "--ndjson",
                a.toString(),
                "--from",
                "2023-01-01",
                "--to",
                "2023-12-31",
                "--format",
                "accumulator",
                "-o",
                aJson.toString());
        assertThat(written.code()).isZero();
        Run merged = report("--merge", aJson.toString(), "--format", "json");
        assertThat(merged.code()).isEqualTo(2);
        assertThat(merged.err()).contains(aJson + " couvre la période du 01/01/2023 au 31/12/2023");
    }
}
