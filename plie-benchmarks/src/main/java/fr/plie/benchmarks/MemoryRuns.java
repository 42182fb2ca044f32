package fr.plie.benchmarks;

import java.util.List;

/**
 * The benchmark mains that run with a limited heap, as {@code class@heap} or {@code class@heap@argument};
 * {@code run.sh} runs each with that {@code -Xmx} (and argument) and copies what it prints into RESULTS.md.
 */
public final class MemoryRuns {
    /** Every memory run: the main class and the heap it must fit in. */
    static final List<String> RUNS = List.of(
            "fr.plie.benchmarks.memory.MillionParcoursReport@512m",
            // the json helper's import main; 1,000,000 lines take several minutes to export and import on the
            // shared 2-core machine, more than the whole suite may: the suite runs 100,000, run the main
            // without argument for the full million
            "fr.plie.benchmarks.json.NdjsonImportMain@256m@100000",
            // the product path (`plie report` on PostgreSQL) against COPY; 1,000,000 parcours take longer to store
            // than the suite may: run.sh runs them with PLIE_BENCH_MILLION=1
            "fr.plie.benchmarks.product.ProductPathMain@512m@100000",
            // `plie import` of 100,000 spreadsheet rows into H2 (and PostgreSQL) against the NDJSON import of the
            // same parcours: about 4 minutes with PostgreSQL on the shared machine
            "fr.plie.benchmarks.product.SpreadsheetImportMain@256m@100000");

    private MemoryRuns() {}

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("list")) {
            RUNS.forEach(System.out::println);
        }
    }
}
