package fr.plie.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A candidate and its baseline measured in the same JVM, round after round, in alternating order, so that the
 * drift of a shared machine weighs on both alike. What counts is the median of the per-round ratios and their
 * spread (interquartile range, min and max), never one run's absolute time.
 *
 * @param candidate what is measured
 * @param baseline what it is compared with
 * @param operations the operations each round times, on either side
 * @param candidateSeconds the candidate's time per measured round
 * @param baselineSeconds the baseline's time per measured round
 */
public record Interleaved(
        String candidate, String baseline, long operations, double[] candidateSeconds, double[] baselineSeconds) {

    /** What a block returns is folded into this, so the JIT cannot drop the work. */
    private static volatile int sink;

    /**
     * Runs {@code warmUp} unmeasured rounds, then {@code rounds} measured ones; a round runs each side's block
     * once, the baseline first in even rounds and last in odd ones.
     *
     * @param candidate the candidate's name
     * @param candidateBlock one round of the candidate
     * @param baseline the baseline's name
     * @param baselineBlock one round of the baseline
     * @param operations the operations in one block (for the time per operation)
     * @param warmUp unmeasured rounds
     * @param rounds measured rounds
     * @return the times of every measured round
     */
    public static Interleaved measure(
            String candidate,
            Supplier<?> candidateBlock,
            String baseline,
            Supplier<?> baselineBlock,
            long operations,
            int warmUp,
            int rounds) {
        return measure(candidate, candidateBlock, baseline, baselineBlock, () -> {}, operations, warmUp, rounds);
    }

    /**
     * As {@link #measure(String, Supplier, String, Supplier, long, int, int)}, running {@code reset} untimed before
     * each block (e.g. emptying the tables both sides fill).
     *
     * @param candidate the candidate's name
     * @param candidateBlock one round of the candidate
     * @param baseline the baseline's name
     * @param baselineBlock one round of the baseline
     * @param reset what runs before each block, not timed
     * @param operations the operations in one block (for the time per operation)
     * @param warmUp unmeasured rounds
     * @param rounds measured rounds
     * @return the times of every measured round
     */
    public static Interleaved measure(
            String candidate,
            Supplier<?> candidateBlock,
            String baseline,
            Supplier<?> baselineBlock,
            Runnable reset,
            long operations,
            int warmUp,
            int rounds) {
        double[] c = new double[rounds];
        double[] b = new double[rounds];
        for (int r = -warmUp; r < rounds; r++) {
            double cs;
            double bs;
            if (Math.floorMod(r, 2) == 0) {
                reset.run();
                bs = time(baselineBlock);
                reset.run();
                cs = time(candidateBlock);
            } else {
                reset.run();
                cs = time(candidateBlock);
                reset.run();
                bs = time(baselineBlock);
            }
            if (r >= 0) {
                c[r] = cs;
                b[r] = bs;
            }
        }
        return new Interleaved(candidate, baseline, operations, c, b);
    }

    private static double time(Supplier<?> block) {
        long start = System.nanoTime();
        Object result = block.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        sink += System.identityHashCode(result);
        return seconds;
    }

    /** Candidate time over baseline time, per round. */
    public double[] ratios() {
        double[] ratios = new double[candidateSeconds.length];
        for (int r = 0; r < ratios.length; r++) {
            ratios[r] = candidateSeconds[r] / baselineSeconds[r];
        }
        return ratios;
    }

    /** The median of the per-round ratios. */
    public double medianRatio() {
        return quantile(ratios(), 0.5);
    }

    /**
     * One Markdown line: the median ratio and its spread, and the median time per operation of either side.
     *
     * @return the line, starting with {@code "  - "}
     */
    public String markdown() {
        double[] ratios = ratios();
        return String.format(
                Locale.ROOT,
                "  - %s / %s: **%.2f** (median of %d interleaved rounds; interquartile range %.2f-%.2f, min %.2f,"
                        + " max %.2f); per operation %s against %s",
                candidate,
                baseline,
                quantile(ratios, 0.5),
                ratios.length,
                quantile(ratios, 0.25),
                quantile(ratios, 0.75),
                Arrays.stream(ratios).min().orElse(Double.NaN),
                Arrays.stream(ratios).max().orElse(Double.NaN),
                perOperation(candidateSeconds),
                perOperation(baselineSeconds));
    }

    private String perOperation(double[] seconds) {
        double each = quantile(seconds, 0.5) / operations;
        if (each >= 0.1) {
            return String.format(Locale.ROOT, "%.2f s", each);
        }
        if (each >= 1e-4) {
            return String.format(Locale.ROOT, "%.2f ms", each * 1e3);
        }
        return String.format(Locale.ROOT, "%.2f µs", each * 1e6);
    }

    /**
     * The quantile by linear interpolation between the sorted values.
     *
     * @param values the values, not changed
     * @param q the quantile, from 0 to 1
     * @return the interpolated value
     */
    public static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double at = q * (sorted.length - 1);
        int low = (int) Math.floor(at);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
    }
}
