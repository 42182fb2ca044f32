package fr.plie.benchmarks;

import fr.plie.benchmarks.exit.ExitEngineBenchmark;
import fr.plie.benchmarks.json.ParcoursJsonBenchmark;
import fr.plie.benchmarks.reporting.ReportBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The ratios of the JMH suite measured as {@link Interleaved} pairs in one JVM, for a shared machine where JMH's
 * intervals come out wider than its scores: the exit engine against a hand-written loop, plie's parcours document
 * against plain Jackson data binding, the full report against three hand-written figures. {@code run.sh} prints
 * its lines into RESULTS.md.
 *
 * <pre>java -Xmx2g -cp plie-benchmarks/target/benchmarks.jar fr.plie.benchmarks.RatiosMain [rounds]</pre>
 */
public final class RatiosMain {
    private static final int WARM_UP = 5;

    private RatiosMain() {}

    /**
     * Measures every pair and prints one Markdown line each.
     *
     * @param args the measured rounds per pair (default 21)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        List<Interleaved> pairs = new ArrayList<>();
        for (String policy : List.of("national-guide-2010", "grand-amienois", "toulouse-2015-2020")) {
            ExitEngineBenchmark exit = new ExitEngineBenchmark();
            exit.policyName = policy;
            exit.setUp();
            int n = 50_000;
            pairs.add(Interleaved.measure(
                    "`ExitEngine.assess` (" + policy + ")",
                    repeat(n, () -> exit.assess().outcome().ordinal()),
                    "hand-written loop",
                    repeat(n, () -> exit.baselineHandWrittenLoop() ? 1 : 0),
                    n,
                    WARM_UP,
                    rounds));
        }
        ParcoursJsonBenchmark json = new ParcoursJsonBenchmark();
        json.setUp();
        int documents = 1_000;
        pairs.add(Interleaved.measure(
                "reading a parcours document",
                repeat(documents, () -> System.identityHashCode(json.readPlie())),
                "plain Jackson data binding",
                repeat(documents, () -> System.identityHashCode(json.readPlainDatabind())),
                documents,
                WARM_UP,
                rounds));
        pairs.add(Interleaved.measure(
                "writing a parcours document",
                repeat(documents, json::writePlie),
                "plain Jackson data binding",
                repeat(documents, json::writePlainDatabind),
                documents,
                WARM_UP,
                rounds));
        ReportBenchmark report = new ReportBenchmark();
        report.generate();
        try {
            pairs.add(Interleaved.measure(
                    "full indicator report of 100,000 parcours",
                    report::fullReportOnePass,
                    "three figures by hand, one stream each",
                    report::naiveThreeFiguresMultiPass,
                    1,
                    WARM_UP,
                    rounds));
        } finally {
            report.stop();
        }
        pairs.forEach(pair -> System.out.println(pair.markdown()));
    }

    private static Supplier<Integer> repeat(int times, IntSupplier operation) {
        return () -> {
            int folded = 0;
            for (int i = 0; i < times; i++) {
                folded += operation.getAsInt();
            }
            return folded;
        };
    }
}
