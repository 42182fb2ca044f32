package fr.plie.benchmarks.jdbc;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ReportingPeriod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Streaming 100,000 stored parcours (all active in the period) back for reporting with {@code
 * ParcoursRepository.streamActiveIn}, fetch size 2000. Aim: 100,000 parcours per second or more. Baseline
 * ({@link #baselineSqlRows}): the same tables read by plain JDBC, every column of every row as text, no parcours
 * built: what any Java reader pays before mapping.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class PostgresStreamBenchmark {
    @Param("100000")
    int parcours;

    private static final ReportingPeriod PERIOD =
            new ReportingPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2030, 12, 31));

    private PostgresTarget target;
    /**
     * How many stored parcours are active in {@link #PERIOD}: the cohort holds referrals that never entered (about 6
     * %), which the baseline reads with the rest and the stream leaves out.
     */
    private long active;

    @Setup(Level.Trial)
    public void store() throws SQLException {
        target = new PostgresTarget();
        List<Parcours> generated = PostgresTarget.generate(parcours);
        active = generated.stream()
                .filter(p -> p.isActiveBetween(PERIOD.from(), PERIOD.to()))
                .count();
        target.plie.repositories("BENCH").saveNew(generated);
        target.execute("ANALYZE");
    }

    @TearDown(Level.Trial)
    public void drop() throws SQLException {
        target.close();
    }

    @Benchmark
    public long baselineSqlRows() throws SQLException {
        long values = 0;
        try (Connection c = target.dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            for (String table : PostgresTarget.TABLES.subList(0, PostgresTarget.TABLES.size() - 1)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + target.table(table))) {
                    ps.setFetchSize(2000);
                    try (ResultSet rs = ps.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                if (rs.getString(i) != null) {
                                    values++;
                                }
                            }
                        }
                    }
                }
            }
            c.commit();
        }
        return values;
    }

    @Benchmark
    public long streamActiveIn() {
        try (Stream<Parcours> stream =
                target.plie.repositories("BENCH").parcours().streamActiveIn(PERIOD)) {
            long count = stream.mapToInt(p -> p.steps().size()).count();
            if (count != active) {
                throw new IllegalStateException("streamed " + count + " parcours, " + active + " active stored");
            }
            return count;
        }
    }
}
