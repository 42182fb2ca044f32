package fr.plie.adapter.jdbc;

import fr.plie.core.parcours.Parcours;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks the parcours matching a filter by reading every table once, each sorted by parcours id with the filter
 * joined in ({@link ParcoursQuery#sortedRoot}, {@link ParcoursQuery#sortedChildren}, then what the companion
 * reads), and merging the sorted rows: one query per table instead of several per page, and plans (merge joins
 * over primary keys, or a hash join and a sort) that read a table in one pass, as {@code COPY} does.
 *
 * <p>A thread of its own drains the cursors ahead of the consumer ({@link ReadAhead}): it decodes each parcours'
 * rows while the consumer builds (and checks) the parcours read before and hands them on, so the server, the
 * decoding and the assembly overlap rather than take turns. Memory holds a few batches of parcours and each
 * cursor's fetched rows. Closing the stream stops that thread before the cursors close.
 *
 * <p>Needs several cursors open at once on one connection, all in one snapshot: PostgreSQL with autocommit off in
 * a repeatable-read transaction ({@link UnitOfWork#ownsStream}), a connection of plie's own that no other thread
 * uses meanwhile; other databases and callers' connections read by {@link ParcoursPages}, on the caller's thread.
 */
final class SortedParcours<T> extends Spliterators.AbstractSpliterator<T> implements AutoCloseable {
    /** How many batches the reading thread may be ahead of the consumer. */
    private static final int AHEAD = 4;
    /**
     * The most parcours in a batch: small batches keep what is read ahead young, so that it dies in the young
     * generation (batches of 500 raised the peak heap by a third and the time in GC).
     */
    private static final int MAX_BATCH = 64;

    private final SortedRows root;
    private final ParcoursQuery.Layout layout;
    private final List<SortedRows> children;
    private final ParcoursCompanion.Sorted<T> companion;
    private final int batch;
    /** Started at the first element asked for. */
    private ReadAhead<Read<T>> ahead;

    /** One parcours' rows, read and decoded, and what its companion read: built on the consumer's thread. */
    private record Read<T>(ParcoursAssembler rows, Function<Parcours, T> companion) {}

    private SortedParcours(
            SortedRows root,
            List<SortedRows> children,
            ParcoursQuery.Layout layout,
            ParcoursCompanion.Sorted<T> companion,
            int batch) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.root = root;
        this.layout = layout;
        this.children = children;
        this.companion = companion;
        this.batch = batch;
    }

    /**
     * Opens the sorted reads of the parcours matching {@code filter} and of what {@code companion} adds, to be read
     * ahead by batches of {@code batch} parcours, {@value #MAX_BATCH} at most.
     */
    static <T> SortedParcours<T> open(
            Connection c,
            ParcoursQuery query,
            Tables tables,
            String filter,
            ParcoursPages.Binder binder,
            int fetchSize,
            int batch,
            ParcoursCompanion<T> companion)
            throws SQLException {
        List<SortedRows> opened = new ArrayList<>();
        try {
            opened.add(SortedRows.open(c, tables.parcours, query.sortedRoot(filter), binder, fetchSize, 1));
            List<String> sql = query.sortedChildren(filter);
            String[] names = tables.parcoursChildren();
            for (int i = 0; i < sql.size(); i++) {
                opened.add(SortedRows.open(c, names[i], sql.get(i), binder, fetchSize, 1));
            }
            ParcoursCompanion.Sorted<T> added = companion.sorted(c, filter, binder, fetchSize);
            return new SortedParcours<>(
                    opened.get(0), opened.subList(1, opened.size()), query.sortedLayout(), added, batch);
        } catch (SQLException | RuntimeException e) {
            SortedRows.closeAfter(opened, e);
            throw e;
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        try {
            if (ahead == null) {
                ahead = new ReadAhead<>("plie-parcours-reader", this::read, Math.min(batch, MAX_BATCH), AHEAD);
            }
            Read<T> next = ahead.next();
            if (next == null) {
                return false;
            }
            action.accept(next.companion().apply(next.rows().build()));
            return true;
        } catch (SQLException e) {
            throw new PlieJdbcException("reading parcours", e);
        }
    }

    /** The rows of the next parcours, on the reading thread; null after the last, once every read is drained. */
    private Read<T> read() throws SQLException {
        byte[] key = root.nextKey();
        if (key == null) {
            for (SortedRows rows : children) {
                rows.requireDrained();
            }
            companion.requireDrained();
            return null;
        }
        ParcoursAssembler assembler = new ParcoursAssembler(root.nextId(), layout);
        root.take(key, row -> assembler.accept(ParcoursQuery.ROOT, row));
        for (int i = 0; i < children.size(); i++) {
            int kind = ParcoursQuery.DECISION + i; // the child tables in the order of ParcoursQuery.sortedChildren
            children.get(i).take(key, row -> assembler.accept(kind, row));
        }
        return new Read<>(assembler, companion.take(key));
    }

    /** Stops the reading thread, then closes every cursor. */
    @Override
    public void close() throws SQLException {
        if (ahead != null) {
            ahead.close();
        }
        List<AutoCloseable> all = new ArrayList<>(children);
        all.add(0, root);
        all.add(companion);
        SortedRows.closeAll(all);
    }
}
