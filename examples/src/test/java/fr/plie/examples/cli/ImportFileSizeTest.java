package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file an import leaves: the import writes with compaction off (a kill cannot corrupt the file) and
 * compacts once everything is committed, so the file holds its data and little more, however many batches were
 * committed. 2,000 parcours in 40 batches here; {@code -Pcrash} imports 50,000 ({@code plie.import.size.parcours}).
 */
class ImportFileSizeTest {
    static final int PARCOURS = Integer.getInteger("plie.import.size.parcours", 2_000);

    @Test
    void theFileAfterAnImportOfManyBatchesIsAlreadyCompacted(@TempDir Path dir) throws Exception {
        Path export = Synthetic.ndjson(Synthetic.plie(PARCOURS), dir.resolve("export.ndjson"));
        Path base = dir.toAbsolutePath().resolve("db");
        Path file = dir.resolve("db.mv.db");

        Run run = Run.of(
                "import", export.toString(), "--jdbc-url", "jdbc:h2:" + base, "--batch-size", "" + (PARCOURS / 40));

        assertThat(run.code()).as(run.err()).isZero();
        long imported = Files.size(file);
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + base + ";IFEXISTS=TRUE");
                Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        long compacted = Files.size(file);
        System.out.printf(
                "[import size] %d parcours: NDJSON %d bytes, H2 file %d bytes after the import, %d compacted again%n",
                PARCOURS, Files.size(export), imported, compacted);
        assertThat(imported).as("bytes after the import").isLessThanOrEqualTo(compacted + compacted / 5);
        assertThat(imported).as("no larger than the NDJSON it holds").isLessThanOrEqualTo(Files.size(export));
    }
}
