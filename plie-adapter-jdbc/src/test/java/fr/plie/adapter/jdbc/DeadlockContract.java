package fr.plie.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.jdbc.testing.DatabaseServer;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two writers that really deadlock on a server: each locks one row, waits for the other, then wants the other's
 * row. The database gives one of them up; the adapter's unit of work (what every repository save and every
 * import batch runs in) rolls it back and runs it again, so both end committed, each exactly once.
 */
abstract class DeadlockContract {
    abstract DatabaseServer kind();

    TestDatabase db;
    String rows;
    String log;

    @BeforeEach
    void tables() {
        db = TestDatabase.open(kind());
        db.execute("CREATE SCHEMA " + db.schema);
        rows = db.table("dl_rows");
        log = db.table("dl_log");
        db.execute(
                "CREATE TABLE " + rows + " (id INT PRIMARY KEY, v INT NOT NULL)",
                "CREATE TABLE " + log + " (writer VARCHAR(10) NOT NULL)",
                "INSERT INTO " + rows + " VALUES (1, 0), (2, 0)");
    }

    @AfterEach
    void drop() {
        if (db != null) { // null when the server is not configured and the test was skipped
            db.close();
        }
    }

    @Test
    void two_writers_that_deadlock_both_commit_once_the_one_given_up_run_again() throws Exception {
        UnitOfWork uow = UnitOfWork.own(db.dataSource);
        CountDownLatch bothHoldTheirFirstRow = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Either<?, Boolean>>> done = new ArrayList<>();
        for (int[] order : new int[][] {{1, 2}, {2, 1}}) {
            done.add(pool.submit(() -> uow.atomically("deadlock test", c -> {
                boolean first = attempts.incrementAndGet() <= 2;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + log + " VALUES (?)")) {
                    ps.setString(1, "w" + order[0]);
                    ps.executeUpdate();
                }
                increment(c, order[0]);
                if (first) {
                    bothHoldTheirFirstRow.countDown();
                    try {
                        bothHoldTheirFirstRow.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
                increment(c, order[1]);
                return Either.right(true);
            })));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        for (Future<Either<?, Boolean>> f : done) {
            assertThat(f.get().isRight()).isTrue(); // neither writer failed
        }

        assertThat(attempts.get()).as("one writer was given up and run again").isGreaterThan(2);
        // nothing of the given-up attempt stayed: each writer's log row once, each row incremented twice
        assertThat(query("SELECT writer FROM " + log + " ORDER BY writer")).containsExactly("w1", "w2");
        assertThat(query("SELECT v FROM " + rows + " ORDER BY id")).containsExactly("2", "2");
    }

    private void increment(Connection c, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + rows + " SET v = v + 1 WHERE id = ?")) {
            ps.setInt(1, id);
            ps.executeUpdate();
        }
    }

    private List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
