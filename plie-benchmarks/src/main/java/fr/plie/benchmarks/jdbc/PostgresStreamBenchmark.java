package fr.plie.benchmarks.jdbc;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ReportingPeriod;
import java.sql.SQLException;
import java.time.LocalDate;
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
 * ParcoursRepository.streamActiveIn}: one cursor, fetch size 2000. Aim: 100,000 parcours per second or more.
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

    private PostgresTarget target;

    @Setup(Level.Trial)
    public void store() throws SQLException {
        target = new PostgresTarget();
        target.plie.repositories("BENCH").saveNew(GeneratedParcours.generate(parcours));
        target.execute("ANALYZE");
    }

    @TearDown(Level.Trial)
    public void drop() throws SQLException {
        target.close();
    }

    @Benchmark
    public long streamActiveIn() {
        try (Stream<Parcours> stream = target.plie
                .repositories("BENCH")
                .parcours()
                .streamActiveIn(new ReportingPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2030, 12, 31)))) {
            long count = stream.mapToInt(p -> p.steps().size()).count();
            if (count != parcours) {
                throw new IllegalStateException("streamed " + count + " parcours, stored " + parcours);
            }
            return count;
        }
    }
}
