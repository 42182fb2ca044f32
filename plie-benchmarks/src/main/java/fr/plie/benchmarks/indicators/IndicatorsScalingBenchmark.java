package fr.plie.benchmarks.indicators;

import fr.plie.benchmarks.data.GeneratedParcours;
import fr.plie.benchmarks.data.ParcoursGenerator;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How the report's time grows with the file: 10,000, 100,000 and 1,000,000 parcours streamed from the generator,
 * never held together (a million parcours do not fit a modest heap; the stream does, see the memory runs). The
 * baseline is generating the same stream and consuming it without computing anything: the floor of any streamed
 * report, so the ratio is the report's own cost on top of producing the parcours. Single shots, two measured;
 * the warm-up is a 20,000-parcours report and generation in the setup, which warms the JIT without spending a
 * million-parcours shot on it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 0)
@Measurement(iterations = 2)
public class IndicatorsScalingBenchmark {
    @Param({"10000", "100000", "1000000"})
    int size;

    @Setup
    public void warmUp(Blackhole hole) {
        int saved = size;
        size = 20_000;
        baselineGenerateOnly(hole);
        hole.consume(reportFromGeneratedStream());
        size = saved;
    }

    /** The baseline: the generated parcours, each handed to a black hole. */
    @Benchmark
    public void baselineGenerateOnly(Blackhole hole) {
        ParcoursGenerator.standard().stream(size).forEach(hole::consume);
    }

    /** The full report of 2024 over the generated stream, one pass. */
    @Benchmark
    public IndicatorReport reportFromGeneratedStream() {
        IndicatorAccumulator accumulator =
                IndicatorAccumulator.empty(IndicatorsBenchmark.PERIOD, IndicatorsBenchmark.OPTIONS);
        ParcoursGenerator.standard().stream(size)
                .map(GeneratedParcours::reported)
                .forEach(accumulator::add);
        return accumulator.report();
    }
}
