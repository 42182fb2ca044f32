package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.jdbc.testing.DatabaseServer;
import fr.plie.adapter.json.ParcoursDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The import's crash contract (docs/persistence.md, "Imports"), proved as a user would meet it: the real {@code
 * plie import} runs in a child JVM and is killed with SIGKILL at random moments, again and again on the same
 * file; after each kill every parcours of the file is either stored whole (its child rows, its participant, one
 * audit record) or absent, nothing is stored twice, and only whole batches recorded in the journal are there;
 * a run left alone then completes and stores exactly the file. At least 20 kills per database
 * ({@code -Dplie.crash.kills=N}, and the {@code crash} Maven profile, for more).
 */
class ImportCrashTest {
    private static final int KILLS = Integer.getInteger("plie.crash.kills", 20);
    private static final int PARCOURS = 200;
    private static final int BATCH = 25;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DatabaseServer.class)
    void anImportKilledAtAnyMomentLeavesWholeParcoursAndARerunCompletes(DatabaseServer kind) throws Exception {
        Random random = new Random(kind.ordinal() * 7919L + System.nanoTime());
        try (CrashDatabase db = CrashDatabase.open(kind, dir)) {
            List<List<ParcoursDocument>> files = new ArrayList<>();
            long typical = 0; // how long an uninterrupted run took last: kills land within that span
            int kills = 0;
            for (int round = 0; kills < KILLS; round++) {
                List<ParcoursDocument> documents = Synthetic.documents(PARCOURS, "R" + round + "-");
                files.add(documents);
                Path file = Synthetic.write(documents, dir.resolve("round-" + round + ".ndjson"));
                int killsThisRound = round == 0 ? 0 : 6 + random.nextInt(7);
                for (int k = 0; k < killsThisRound && kills < KILLS; k++) {
                    long delay = (long) (typical * (0.2 + 0.6 * random.nextDouble()));
                    long ran = run(file, db, delay);
                    if (ran >= 0) {
                        typical = ran;
                        break; // it finished before the kill: the round is complete
                    }
                    kills++;
                    assertConsistent(db, files);
                }
                long ran = run(file, db, -1);
                assertThat(ran).as("the re-run completes").isNotNegative();
                typical = Math.max(ran, 1);
                assertConsistent(db, files);
                assertStoredExactly(db, documents);
            }
            assertThat(kills).isGreaterThanOrEqualTo(KILLS);
            System.err.println("[examples] " + kind + ": " + kills + " kills of plie import over " + files.size()
                    + " files, an uninterrupted run took " + typical + " ms");
        }
    }

    /**
     * Runs {@code plie import}; kills it with SIGKILL after {@code killAfterMillis} unless negative. Returns how
     * long it took when it completed (and asserts it succeeded), -1 when it was killed.
     */
    private long run(Path file, CrashDatabase db, long killAfterMillis) throws Exception {
        long start = System.nanoTime();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path err = dir.resolve("child.err");
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        classpath,
                        "fr.plie.examples.cli.PlieCommand",
                        "import",
                        file.toString(),
                        "--jdbc-url",
                        db.url,
                        "--batch-size",
                        String.valueOf(BATCH))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        if (killAfterMillis >= 0 && !child.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
            child.waitFor();
            return -1;
        }
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
        }
        int code = child.waitFor();
        assertThat(code).as(Files.readString(err)).isZero();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * Whole parcours only: every child list as long as its root row says, a participant and one audit record for
     * each, one creation record per participant, and exactly the parcours of the batches the journal holds.
     */
    private static void assertConsistent(CrashDatabase db, List<List<ParcoursDocument>> files) throws SQLException {
        try (Connection c = db.connect();
                Statement st = c.createStatement()) {
            assertNone(
                    st,
                    "parcours without participant",
                    "SELECT p.id FROM plie_parcours p"
                            + " LEFT JOIN plie_participant pa ON pa.id = p.participant_id WHERE pa.id IS NULL");
            for (String[] child : new String[][] {
                {"plie_step", "step_count"},
                {"plie_interview", "interview_count"},
                {"plie_placement", "placement_count"},
                {"plie_decision", "decision_count"}
            }) {
                assertNone(
                        st,
                        "parcours missing rows of " + child[0],
                        "SELECT p.id FROM plie_parcours p WHERE p." + child[1] + " <> (SELECT COUNT(*) FROM " + child[0]
                                + " x WHERE x.parcours_id = p.id)");
            }
            assertNone(
                    st,
                    "parcours without exactly one audit record",
                    "SELECT p.id FROM plie_parcours p WHERE"
                            + " (SELECT COUNT(*) FROM plie_audit a WHERE a.parcours_id = p.id) <> 1");
            assertNone(
                    st,
                    "audit records of parcours not stored",
                    "SELECT a.parcours_id FROM plie_audit a"
                            + " LEFT JOIN plie_parcours p ON p.id = a.parcours_id"
                            + " WHERE a.parcours_id IS NOT NULL AND p.id IS NULL");
            assertNone(
                    st,
                    "participant without exactly one creation record",
                    "SELECT pa.id FROM plie_participant pa"
                            + " WHERE (SELECT COUNT(*) FROM plie_audit a WHERE a.participant_id = pa.id"
                            + " AND a.parcours_id IS NULL) <> 1");
            assertNone(
                    st,
                    "participant without parcours",
                    "SELECT pa.id FROM plie_participant pa"
                            + " LEFT JOIN plie_parcours p ON p.participant_id = pa.id WHERE p.id IS NULL");
            long stored = count(st, "SELECT COUNT(*) FROM plie_parcours");
            long journaled = count(st, "SELECT COALESCE(SUM(parcours_count), 0) FROM plie_import_journal");
            assertThat(stored)
                    .as("parcours stored = parcours of the journal's batches")
                    .isEqualTo(journaled);
            long expected = files.stream().mapToLong(List::size).sum();
            assertThat(stored).isLessThanOrEqualTo(expected);
        }
    }

    /** After a complete run: the file's parcours and participants, exactly. */
    private static void assertStoredExactly(CrashDatabase db, List<ParcoursDocument> documents) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.url);
        config.setMaximumPoolSize(1);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            var repositories = PlieJdbc.builder()
                    .dataSource(ds)
                    .clock(Synthetic.CLOCK)
                    .build()
                    .repositories("test");
            for (ParcoursDocument d : documents) {
                assertThat(repositories.parcours().findById(d.parcours().id())).containsExactly(d.parcours());
                assertThat(repositories.participants().findById(d.parcours().participant()))
                        .containsExactly(d.participant().get());
            }
        }
    }

    private static void assertNone(Statement st, String what, String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next() && found.size() < 5) {
                found.add(rs.getString(1));
            }
        }
        assertThat(found).as(what).isEmpty();
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
