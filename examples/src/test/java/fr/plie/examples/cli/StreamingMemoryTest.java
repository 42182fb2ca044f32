package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.plie.adapter.json.NdjsonWriter;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exit}, {@code report} and {@code import} read their file in constant memory: run as a user would, in a
 * JVM of {@code -Xmx128m}, on an NDJSON of 200,000 parcours (the {@code crash} Maven profile:
 * {@code -Dplie.memory.parcours=200000}); skipped, with a message, in the normal suite, where generating and
 * importing such a file would take minutes.
 */
class StreamingMemoryTest {
    private static final int PARCOURS = Integer.getInteger("plie.memory.parcours", 0);
    private static final String HEAP = System.getProperty("plie.memory.heap", "128m");

    @TempDir
    Path dir;

    @Test
    void theCommandsReadAFileOfAnySizeInConstantMemory() throws Exception {
        assumeTrue(PARCOURS > 0, "set -Dplie.memory.parcours=N (the crash profile does) to run it");
        Path file = dir.resolve("big.ndjson");
        try (OutputStream out = Files.newOutputStream(file);
                NdjsonWriter<ParcoursDocument> writer = PlieJson.create().writeNdjson(PlieDocument.PARCOURS, out)) {
            for (int chunk = 0; chunk * 1000 < PARCOURS; chunk++) {
                Synthetic.documents(Math.min(1000, PARCOURS - chunk * 1000), "M" + chunk + "-")
                        .forEach(writer::write);
            }
        }
        assertThat(run("exit", file.toString(), "--as-of", "2025-12-31")).isZero();
        assertThat(run("report", "--ndjson", file.toString(), "--from", "2024-01-01", "--to", "2024-12-31"))
                .isZero();
        assertThat(run(
                        "import",
                        file.toString(),
                        "--jdbc-url",
                        "jdbc:h2:" + dir.toAbsolutePath().resolve("db")))
                .isZero();
    }

    private int run(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new java.util.ArrayList<>(
                List.of(java, "-Xmx" + HEAP, "-cp", classpath, "fr.plie.examples.cli.PlieCommand"));
        command.addAll(List.of(args));
        Path err = dir.resolve("err.txt");
        Process child = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        if (!child.waitFor(30, TimeUnit.MINUTES)) {
            child.destroyForcibly();
        }
        int code = child.waitFor();
        assertThat(code).as(args[0] + ": " + Files.readString(err)).isZero();
        return code;
    }
}
