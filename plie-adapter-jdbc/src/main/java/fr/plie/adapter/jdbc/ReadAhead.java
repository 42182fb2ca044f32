package fr.plie.adapter.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads elements on a thread of its own, ahead of the one consuming them: batches of up to {@code batch} elements
 * in a queue of at most {@code ahead} batches. The reader then waits on the database while the consumer works on
 * what came before, as {@code COPY} streams while its reader decodes, instead of the two taking turns.
 *
 * <p>What fails the reading reaches the consumer in order, after the elements read before it. {@link #close()}
 * stops the reader and waits for it, so that whatever it read from (a connection, its cursors) is free to close
 * afterwards; the reader never uses its source again once closed.
 */
final class ReadAhead<E> implements AutoCloseable {
    /** The elements to read, on the reading thread only. */
    @FunctionalInterface
    interface Source<E> {
        /** The next element, {@code null} after the last. */
        E next() throws SQLException;
    }

    /** Stands after the last batch in the queue. */
    private static final Object END = new Object();
    /** How long the reader waits for room in the queue before it looks whether it was closed. */
    private static final long POLL_MILLIS = 20;

    private final Source<E> source;
    private final int batch;
    /** Batches of elements ({@code List<E>}), then {@link #END} or what failed the reading. */
    private final BlockingQueue<Object> queue;

    private final Thread reader;
    private volatile boolean closed;
    private Iterator<E> current = Collections.emptyIterator();
    private boolean ended;
    private Throwable failure;

    /** Starts reading {@code source} on a daemon thread named {@code name}. */
    ReadAhead(String name, Source<E> source, int batch, int ahead) {
        this.source = source;
        this.batch = batch;
        this.queue = new ArrayBlockingQueue<>(ahead);
        this.reader = new Thread(this::read, name);
        reader.setDaemon(true); // a stream left unclosed and unread must not keep the JVM alive
        reader.start();
    }

    /**
     * The next element read, {@code null} after the last; throws what failed the reading once the elements read
     * before it are taken, and again at every later call.
     */
    E next() throws SQLException {
        if (closed) {
            throw new IllegalStateException("the stream is closed");
        }
        while (!current.hasNext()) {
            if (failure != null) {
                throw rethrown(failure);
            }
            if (ended) {
                return null;
            }
            Object taken = take();
            if (taken == END) {
                ended = true;
            } else if (taken instanceof Throwable t) {
                failure = t;
            } else {
                @SuppressWarnings("unchecked")
                List<E> read = (List<E>) taken;
                current = read.iterator();
            }
        }
        return current.next();
    }

    /** Stops the reader and waits until it has let go of its source. */
    @Override
    public void close() {
        closed = true;
        queue.clear(); // frees a reader waiting for room, which then sees it is closed
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true; // the source must not be closed under the reader: wait all the same
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        List<E> read = new ArrayList<>(batch);
        Object last = END;
        try {
            for (E e = source.next(); e != null && !closed; e = source.next()) {
                read.add(e);
                if (read.size() == batch) {
                    if (!hand(read)) {
                        return;
                    }
                    read = new ArrayList<>(batch);
                }
            }
        } catch (SQLException | RuntimeException | Error e) {
            last = e;
        }
        // the elements read before a failure come first
        if ((read.isEmpty() || hand(read)) && !closed) {
            hand(last);
        }
    }

    /** Queues {@code item} when there is room; false when closed first. */
    private boolean hand(Object item) {
        try {
            while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    return false;
                }
            }
            return !closed;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private Object take() throws SQLException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the rows read ahead", e);
        }
    }

    private static SQLException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return (SQLException) failure;
    }
}
