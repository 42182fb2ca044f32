package fr.plie.rules.exit;

import fr.plie.core.step.Step;
import fr.plie.core.step.StepId;
import java.util.ArrayList;
import java.util.List;

/** Worked days of contracts or missions in epoch days, parallel arrays sized once per judgement. */
final class Intervals {
    final long[] start;
    final long[] last;
    final Step[] steps;
    int size;

    private Intervals(int capacity) {
        start = new long[capacity];
        last = new long[capacity];
        steps = new Step[capacity];
    }

    static Intervals add(Intervals intervals, int capacity, Step step, long start, long last) {
        Intervals target = intervals != null ? intervals : new Intervals(capacity);
        target.start[target.size] = start;
        target.last[target.size] = last;
        target.steps[target.size] = step;
        target.size++;
        return target;
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
        return steps[j].id().value().compareTo(step.id().value()) > 0;
    }

    /** Disjoint runs of consecutive worked days, sorted: {@code count} first and last days. */
    record Runs(long[] start, long[] last, int count) {}

    /** The sorted intervals merged into disjoint runs of consecutive days. */
    Runs merged() {
        long[] runStart = new long[size];
        long[] runLast = new long[size];
        int runs = 0;
        for (int i = 0; i < size; i++) {
            if (runs > 0 && start[i] <= runLast[runs - 1] + 1) {
                runLast[runs - 1] = Math.max(runLast[runs - 1], last[i]);
            } else {
                runStart[runs] = start[i];
                runLast[runs] = last[i];
                runs++;
            }
        }
        return new Runs(runStart, runLast, runs);
    }

    List<StepId> ids(int from, int to) {
        List<StepId> ids = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            ids.add(steps[i].id());
        }
        return List.copyOf(ids);
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
