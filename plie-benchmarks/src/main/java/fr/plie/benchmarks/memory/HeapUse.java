package fr.plie.benchmarks.memory;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * What a memory run used: the peak of each heap pool summed (an upper bound of the peak heap used: the pools
 * do not peak at the same instant), the heap's limit, and the collections the run needed.
 */
public record HeapUse(long peakBytes, long maxBytes, long collections, long collectionMillis) {
    /** Measured now, since the JVM started. */
    public static HeapUse now() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new HeapUse(
                peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax(), count, millis);
    }

    /** The Markdown line of a run: time, throughput, peak heap against the limit, collections. */
    public String markdown(long items, long nanos) {
        double seconds = nanos / 1e9;
        return String.format(
                Locale.ROOT,
                "  - time %.1f s (%,.0f parcours/s); peak heap used %.0f MiB of %.0f MiB (-Xmx); %d collections,"
                        + " %.1f s in GC",
                seconds,
                items / seconds,
                peakBytes / 1048576.0,
                maxBytes / 1048576.0,
                collections,
                collectionMillis / 1000.0);
    }

    /**
     * Runs {@code work}; on {@link OutOfMemoryError} prints why and exits with status 3, so that {@code run.sh}
     * reports the run as failed.
     */
    public static void orFail(String what, Runnable work) {
        try {
            work.run();
        } catch (OutOfMemoryError e) {
            System.out.println("  - OUT OF MEMORY: " + what + " did not fit the heap ("
                    + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1048576 + " MiB)");
            System.exit(3);
        }
    }
}
