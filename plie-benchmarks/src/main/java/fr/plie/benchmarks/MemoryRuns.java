package fr.plie.benchmarks;

import java.util.List;

/**
 * The benchmark mains that run with a limited heap, as {@code class@heap}; {@code run.sh} runs each and copies
 * what it prints into RESULTS.md.
 */
public final class MemoryRuns {
    /** Every memory run: the main class and the heap it must fit in. */
    static final List<String> RUNS = List.of();

    private MemoryRuns() {}

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("list")) {
            RUNS.forEach(System.out::println);
        }
    }
}
