package fr.plie.benchmarks.jdbc;

import fr.plie.adapter.jdbc.PlieRepositories;
import fr.plie.core.parcours.Parcours;
import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.postgresql.copy.CopyManager;

/**
 * Saving 100,000 parcours with their steps through plie's batched inserts ({@code PlieRepositories.saveNew}, in
 * transactions of 10,000) against the baseline: PostgreSQL {@code COPY} of exactly the same rows (taken from a
 * first save), through pgjdbc's {@link CopyManager}. Each measured operation starts from empty tables.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class PostgresSaveBenchmark {
    @Param("100000")
    int parcours;

    private PostgresTarget target;
    private List<Parcours> data;
    private final Map<String, byte[]> rows = new LinkedHashMap<>();

    @Setup(Level.Trial)
    public void generateAndCaptureRows() throws SQLException, IOException {
        target = new PostgresTarget();
        data = PostgresTarget.generate(parcours);
        save();
        rows.putAll(target.copyOut(PostgresTarget.TABLES));
    }

    @Setup(Level.Invocation)
    public void emptyTables() throws SQLException {
        target.truncate();
    }

    @TearDown(Level.Trial)
    public void drop() throws SQLException {
        target.close();
    }

    @Benchmark
    public int plieBatchedInserts() {
        return save();
    }

    private int save() {
        PlieRepositories repos = target.plie.repositories("BENCH");
        int saved = 0;
        for (int from = 0; from < data.size(); from += 10_000) {
            saved += repos.saveNew(data.subList(from, Math.min(data.size(), from + 10_000)))
                    .getOrElseThrow(r -> new IllegalStateException(r.toString()));
        }
        return saved;
    }

    @Benchmark
    public long baselinePostgresCopy() throws SQLException, IOException {
        return target.copyIn(rows);
    }
}
