package fr.plie.benchmarks.reporting;

import fr.plie.benchmarks.data.GeneratedParcours;
import fr.plie.benchmarks.data.ParcoursGenerator;
import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportedParcours;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The full indicator report over a generated file held in memory, in one pass (sequential, and split over
 * the cores then merged), against the baseline a developer would write first: one Java stream per figure,
 * for only three figures (positive exit rate, active file, job typology).
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = "-Xmx2g")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {
    static final ReportingPeriod PERIOD = ReportingPeriod.year(2023);
    static final ReportingOptions OPTIONS =
            ReportingOptions.asOf(LocalDate.of(2024, 12, 31)).withTargets(Targets.GRAND_AMIENOIS);

    @Param({"100000"})
    public int size = 100_000;

    List<ReportedParcours> cohort;

    ExecutorService twoThreads;

    @Setup
    public void generate() {
        cohort = new ParcoursGenerator(2024L)
                .stream(size).map(GeneratedParcours::reported).toList();
        twoThreads = Executors.newSingleThreadExecutor();
    }

    @TearDown
    public void stop() {
        twoThreads.shutdown();
    }

    /** Every indicator of the report, one sequential pass. */
    @Benchmark
    public IndicatorReport fullReportOnePass() {
        return accumulate(cohort).report();
    }

    /** Every indicator, the file cut in two halves accumulated on two threads, then merged. */
    @Benchmark
    public IndicatorReport fullReportTwoThreadsMerged() throws Exception {
        int half = cohort.size() / 2;
        Future<IndicatorAccumulator> first = twoThreads.submit(() -> accumulate(cohort.subList(0, half)));
        IndicatorAccumulator second = accumulate(cohort.subList(half, cohort.size()));
        return first.get().merge(second).report();
    }

    static IndicatorAccumulator accumulate(List<ReportedParcours> part) {
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(PERIOD, OPTIONS);
        for (ReportedParcours parcours : part) {
            accumulator.add(parcours);
        }
        return accumulator;
    }

    /** Baseline: three figures, one stream pass each. */
    @Benchmark
    public Object naiveThreeFiguresMultiPass() {
        long exits = cohort.stream()
                .map(ReportedParcours::parcours)
                .filter(this::exitedInPeriod)
                .count();
        long positive = cohort.stream()
                .map(ReportedParcours::parcours)
                .filter(this::exitedInPeriod)
                .filter(p -> p.exit().get().category().isPositive())
                .count();
        long active = cohort.stream()
                .map(ReportedParcours::parcours)
                .filter(p -> p.isActiveBetween(PERIOD.from(), PERIOD.to()))
                .count();
        Map<String, Long> typology = cohort.stream()
                .map(ReportedParcours::parcours)
                .filter(this::exitedInPeriod)
                .filter(p -> p.exit().get().category() == ExitCategory.POSITIVE_EMPLOYMENT)
                .collect(Collectors.groupingBy(ReportBenchmark::typology, Collectors.counting()));
        return new Object[] {exits == 0 ? 0.0 : (double) positive / exits, active, typology};
    }

    private boolean exitedInPeriod(Parcours p) {
        return p.exit().filter(Exit::isValidated).exists(e -> PERIOD.contains(e.date()));
    }

    private static String typology(Parcours p) {
        LocalDate exit = p.exit().get().date();
        return p.steps().stream()
                .filter(s -> s.detail() instanceof Employment && !s.start().isAfter(exit))
                .max(Comparator.comparing((Step s) -> s.isOngoingOn(exit)).thenComparing(Step::start))
                .map(s -> {
                    Employment e = (Employment) s.detail();
                    if (e.contractType() == ContractType.CDI) {
                        return "CDI";
                    }
                    LocalDate end = e.plannedEnd().orElse(s.end()).getOrNull();
                    return e.contractType() == ContractType.CDD
                                    && end != null
                                    && end.isAfter(s.start().plusMonths(6))
                            ? "CDD>6"
                            : "OTHER";
                })
                .orElse("NOT_RECORDED");
    }
}
