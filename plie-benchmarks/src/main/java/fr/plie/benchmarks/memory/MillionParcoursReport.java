package fr.plie.benchmarks.memory;

import fr.plie.benchmarks.data.GeneratedParcours;
import fr.plie.benchmarks.data.ParcoursGenerator;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The indicator report of 2024 over 1,000,000 generated parcours streamed one at a time, to run with {@code
 * -Xmx512m}: the accumulator must not grow with the file beyond its day histograms and distinct sets.
 *
 * <p>{@code java -Xmx512m -cp plie-benchmarks/target/benchmarks.jar fr.plie.benchmarks.memory.MillionParcoursReport
 * [count]}
 */
public final class MillionParcoursReport {
    private MillionParcoursReport() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        HeapUse.orFail("the report of " + count + " parcours", () -> {
            long start = System.nanoTime();
            IndicatorAccumulator accumulator = IndicatorAccumulator.empty(
                    ReportingPeriod.year(2024),
                    ReportingOptions.asOf(LocalDate.of(2025, 12, 31)).withTargets(Targets.GRAND_AMIENOIS));
            ParcoursGenerator.standard().stream(count)
                    .map(GeneratedParcours::reported)
                    .forEach(accumulator::add);
            IndicatorReport report = accumulator.report();
            long nanos = System.nanoTime() - start;
            System.out.println(String.format(
                    Locale.ROOT,
                    "  - indicator report of 2024 over %,d parcours generated and streamed one at a time: active"
                            + " file %,d, positive exit rate %s",
                    count,
                    report.count(fr.plie.reporting.indicator.Indicator.ACTIVE_FILE),
                    report.positiveExitRate()
                            .value()
                            .map(v -> v.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN) + " %")
                            .getOrElse("-")));
            System.out.println(HeapUse.now().markdown(count, nanos));
        });
    }
}
