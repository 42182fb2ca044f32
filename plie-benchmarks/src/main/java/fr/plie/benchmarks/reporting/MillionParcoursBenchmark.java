package fr.plie.benchmarks.reporting;

import fr.plie.benchmarks.data.GeneratedParcours;
import fr.plie.benchmarks.data.ParcoursGenerator;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportedParcours;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The full report over a million parcours with the heap limited to 512 MB, as a file read from disk would be
 * streamed: 20,000 generated parcours read 50 times. The accumulator's memory does not grow with the number of
 * parcours; on two threads each reads half and the two accumulators are merged.
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = "-Xmx512m")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MillionParcoursBenchmark {
    static final int POOL = 20_000;
    static final int READS = 50;

    List<ReportedParcours> pool;
    ExecutorService secondThread;

    @Setup
    public void generate() {
        pool = new ParcoursGenerator(2024L)
                .stream(POOL).map(GeneratedParcours::reported).toList();
        secondThread = Executors.newSingleThreadExecutor();
    }

    @TearDown
    public void stop() {
        secondThread.shutdown();
    }

    @Benchmark
    public IndicatorReport millionOneThread() {
        return read(READS).report();
    }

    @Benchmark
    public IndicatorReport millionTwoThreadsMerged() throws Exception {
        Future<IndicatorAccumulator> first = secondThread.submit(() -> read(READS / 2));
        IndicatorAccumulator second = read(READS / 2);
        return first.get().merge(second).report();
    }

    private IndicatorAccumulator read(int times) {
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(ReportBenchmark.PERIOD, ReportBenchmark.OPTIONS);
        for (int i = 0; i < times; i++) {
            for (ReportedParcours parcours : pool) {
                accumulator.add(parcours);
            }
        }
        return accumulator;
    }
}
