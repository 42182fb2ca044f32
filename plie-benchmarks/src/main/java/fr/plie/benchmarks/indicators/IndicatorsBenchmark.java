package fr.plie.benchmarks.indicators;

import fr.plie.benchmarks.data.GeneratedParcours;
import fr.plie.benchmarks.data.ParcoursGenerator;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportedParcours;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * The positive exit rate, active file and job typology of 2024 over the same generated parcours, three ways:
 * {@link #baselineSql} in PostgreSQL over the tables plie-adapter-jdbc wrote, {@link #reportFromAdapterStream}
 * (plie-reporting fed by the adapter's stream, profiles read through the participant port) and {@link
 * #reportFromMemory}. The setup stores the file, then checks that the three give the same figures and fails
 * the run otherwise: a faster figure that is wrong is no result.
 *
 * <p>plie-reporting computes every indicator of the report (about 110 figures and the breakdowns), not only
 * these three: the ratio prices that too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
public class IndicatorsBenchmark {
    static final ReportingPeriod PERIOD = ReportingPeriod.year(2024);
    static final ReportingOptions OPTIONS =
            ReportingOptions.asOf(LocalDate.of(2025, 12, 31)).withTargets(Targets.GRAND_AMIENOIS);

    /** The schema each size is stored in; {@code run.sh} drops it at the end of the run. */
    public static final String SCHEMA = "plie_bench_indicators_";

    /**
     * Only 10,000: storing through the adapter's participant port (one participant per call) and reading each
     * profile back one by one make larger files too long for the 10-minute suite; {@code
     * IndicatorsScalingBenchmark} shows the growth up to a million.
     */
    @Param({"10000"})
    int size;

    PostgresFile database;
    List<ReportedParcours> memory;

    @Setup
    public void storeAndCheck() throws SQLException {
        ParcoursGenerator generator = ParcoursGenerator.standard();
        memory = generator.stream(size).map(GeneratedParcours::reported).toList();
        database = PostgresFile.open(SCHEMA + size, generator, size);
        if (database.checked()) {
            return;
        }
        KeyFigures sql = database.sql(PERIOD);
        KeyFigures adapter = KeyFigures.of(database.report(PERIOD, OPTIONS));
        KeyFigures inMemory = KeyFigures.of(reportFromMemory());
        if (!sql.equals(adapter) || !sql.equals(inMemory)) {
            throw new IllegalStateException("the three ways disagree on " + size + " parcours:\n  SQL     " + sql
                    + "\n  adapter " + adapter + "\n  memory  " + inMemory);
        }
        database.markChecked();
        System.out.println("\n" + size + " parcours, the three ways agree: " + sql);
    }

    @TearDown
    public void release() {
        database.close();
    }

    /** The baseline: one SQL query over plie's tables in PostgreSQL. */
    @Benchmark
    public KeyFigures baselineSql() throws SQLException {
        return database.sql(PERIOD);
    }

    /** plie-reporting over the adapter's stream of the parcours active in the period. */
    @Benchmark
    public IndicatorReport reportFromAdapterStream() {
        return database.report(PERIOD, OPTIONS);
    }

    /** plie-reporting over parcours already in memory. */
    @Benchmark
    public IndicatorReport reportFromMemory() {
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(PERIOD, OPTIONS);
        for (ReportedParcours parcours : memory) {
            accumulator.add(parcours);
        }
        return accumulator.report();
    }
}
