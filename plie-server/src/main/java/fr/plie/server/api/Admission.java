package fr.plie.server.api;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Admits a bounded number of single-document computations at once, the others waiting in arrival order. With
 * as many request threads as clients, every request would otherwise share the cores with all the others, and a
 * request's latency would grow with their number and its own size; in turn, each waits for those before it and
 * then runs nearly alone, which keeps the slowest requests close to the median at the same throughput. Bodies
 * are read and answers sent outside, so a slow network holds no turn.
 */
final class Admission {
    private final Semaphore turns;

    /** {@code concurrency} turns; no limit at 0. */
    Admission(int concurrency) {
        this.turns = concurrency == 0 ? null : new Semaphore(concurrency, true);
    }

    /** {@code work}'s result, computed in its turn (a turn lasts one computation: the wait cannot deadlock). */
    <R> R inTurn(Supplier<R> work) {
        if (turns == null) {
            return work.get();
        }
        turns.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }
}
