package fr.plie.benchmarks.json;

/**
 * A cross-check of {@link ParcoursJsonBenchmark} for a shared, loaded machine: the four operations run in
 * alternating blocks of 2,000, so that both sides of each ratio meet the same load. Prints the mean time per
 * operation and the plie/plain ratios (the first 10 of 40 rounds are warm-up).
 *
 * <pre>java -cp plie-benchmarks/target/benchmarks.jar fr.plie.benchmarks.json.ParcoursJsonInterleavedMain</pre>
 */
public final class ParcoursJsonInterleavedMain {
    private static final int ROUNDS = 40;
    private static final int WARM_UP_ROUNDS = 10;
    private static final int BLOCK = 2000;

    private ParcoursJsonInterleavedMain() {}

    public static void main(String[] args) {
        ParcoursJsonBenchmark b = new ParcoursJsonBenchmark();
        b.setUp();
        long[] nanos = new long[4];
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < 4; k++) {
                long start = System.nanoTime();
                for (int i = 0; i < BLOCK; i++) {
                    switch (k) {
                        case 0 -> b.readPlie();
                        case 1 -> b.readPlainDatabind();
                        case 2 -> b.writePlie();
                        default -> b.writePlainDatabind();
                    }
                }
                if (round >= WARM_UP_ROUNDS) {
                    nanos[k] += System.nanoTime() - start;
                }
            }
        }
        double ops = (double) (ROUNDS - WARM_UP_ROUNDS) * BLOCK * 1000;
        System.out.printf(
                "read:  plie %.1f us/op, plain databind %.1f us/op, ratio %.2f%n",
                nanos[0] / ops, nanos[1] / ops, (double) nanos[0] / nanos[1]);
        System.out.printf(
                "write: plie %.1f us/op, plain databind %.1f us/op, ratio %.2f%n",
                nanos[2] / ops, nanos[3] / ops, (double) nanos[2] / nanos[3]);
    }
}
