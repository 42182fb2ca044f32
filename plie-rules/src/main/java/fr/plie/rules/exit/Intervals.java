package fr.plie.rules.exit;

import fr.plie.core.step.Step;
import fr.plie.core.step.StepId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Worked days of contracts or missions in epoch days, in parallel arrays. */
final class Intervals {
    /** Most parcours have a few contracts or missions: room for this many first. */
    private static final int INITIAL_CAPACITY = 4;

    long[] start;
    long[] last;
    Step[] steps;
    int size;

    /** After {@link #merge()}: the disjoint runs of consecutive worked days, sorted. */
    long[] runStart;

    long[] runLast;
    int runs;

    Intervals() {
        start = new long[INITIAL_CAPACITY];
        last = new long[INITIAL_CAPACITY];
        steps = new Step[INITIAL_CAPACITY];
    }

    void add(Step step, long first, long lastDay) {
        if (size == start.length) {
            int capacity = 2 * size;
            start = Arrays.copyOf(start, capacity);
            last = Arrays.copyOf(last, capacity);
            steps = Arrays.copyOf(steps, capacity);
        }
        start[size] = first;
        last[size] = lastDay;
        steps[size] = step;
        size++;
    }

    /** Sorts by start, then last day, then step id: the order steps were recorded in never shows. */
    void sort() {
        for (int i = 1; i < size; i++) {
            long s = start[i];
            long l = last[i];
            Step step = steps[i];
            int j = i - 1;
            while (j >= 0 && comesAfter(j, s, l, step)) {
                start[j + 1] = start[j];
                last[j + 1] = last[j];
                steps[j + 1] = steps[j];
                j--;
            }
            start[j + 1] = s;
            last[j + 1] = l;
            steps[j + 1] = step;
        }
    }

    private boolean comesAfter(int j, long s, long l, Step step) {
        if (start[j] != s) {
            return start[j] > s;
        }
        if (last[j] != l) {
            return last[j] > l;
        }
        return Evaluation.comesFirst(step, steps[j]);
    }

    /** Merges the sorted intervals into {@link #runStart}, {@link #runLast} and {@link #runs}. */
    void merge() {
        runStart = new long[size];
        runLast = new long[size];
        runs = 0;
        for (int i = 0; i < size; i++) {
            if (runs > 0 && start[i] <= runLast[runs - 1] + 1) {
                runLast[runs - 1] = Math.max(runLast[runs - 1], last[i]);
            } else {
                runStart[runs] = start[i];
                runLast[runs] = last[i];
                runs++;
            }
        }
    }

    List<StepId> ids(int from, int to) {
        List<StepId> ids = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            ids.add(steps[i].id());
        }
        return List.copyOf(ids);
    }

    /** The first counted day of the (sorted) steps with a day between {@code from} and {@code to}. */
    long firstStartIntersecting(long from, long to) {
        for (int i = 0; i < size; i++) {
            if (start[i] <= to && last[i] >= from) {
                return start[i];
            }
        }
        throw new IllegalStateException("no step in a window that holds the need");
    }

    /** The steps with at least one day between {@code from} and {@code to}, in order. */
    List<StepId> idsIntersecting(long from, long to) {
        List<StepId> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (start[i] <= to && last[i] >= from) {
                ids.add(steps[i].id());
            }
        }
        return List.copyOf(ids);
    }
}
