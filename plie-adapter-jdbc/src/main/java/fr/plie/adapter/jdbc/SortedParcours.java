package fr.plie.adapter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Walks the parcours matching a filter by reading every table once, each sorted by parcours id with the filter
 * joined in ({@link ParcoursQuery#sortedRoot}, {@link ParcoursQuery#sortedChildren}, then what the companion
 * reads), and merging the sorted rows: one query per table instead of several per page, and plans (merge joins
 * over primary keys, or a hash join and a sort) that read a table in one pass, as {@code COPY} does. Memory holds
 * one parcours and each cursor's fetched rows.
 *
 * <p>Needs several cursors open at once on one connection, all in one snapshot: PostgreSQL with autocommit off in
 * a repeatable-read transaction ({@link UnitOfWork#ownsStream}); other databases and callers' connections read by
 * {@link ParcoursPages}.
 */
final class SortedParcours<T> extends Spliterators.AbstractSpliterator<T> implements AutoCloseable {
    private final SortedRows root;
    private final ParcoursQuery.Layout layout;
    private final List<SortedRows> children;
    private final ParcoursCompanion.Sorted<T> companion;

    private SortedParcours(
            SortedRows root,
            List<SortedRows> children,
            ParcoursQuery.Layout layout,
            ParcoursCompanion.Sorted<T> companion) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.root = root;
        this.layout = layout;
        this.children = children;
        this.companion = companion;
    }

    /** Opens the sorted reads of the parcours matching {@code filter} and of what {@code companion} adds. */
    static <T> SortedParcours<T> open(
            Connection c,
            ParcoursQuery query,
            Tables tables,
            String filter,
            ParcoursPages.Binder binder,
            int fetchSize,
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
            return new SortedParcours<>(opened.get(0), opened.subList(1, opened.size()), query.sortedLayout(), added);
        } catch (SQLException | RuntimeException e) {
            SortedRows.closeAfter(opened, e);
            throw e;
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        try {
            String id = root.nextId();
            if (id == null) {
                for (SortedRows rows : children) {
                    rows.requireDrained();
                }
                companion.requireDrained();
                return false;
            }
            ParcoursAssembler assembler = new ParcoursAssembler(id, layout);
            root.take(id, assembler::accept);
            for (SortedRows rows : children) {
                rows.take(id, assembler::accept);
            }
            action.accept(companion.join(assembler.build()));
            return true;
        } catch (SQLException e) {
            throw new PlieJdbcException("reading parcours", e);
        }
    }

    @Override
    public void close() throws SQLException {
        List<AutoCloseable> all = new ArrayList<>(children);
        all.add(0, root);
        all.add(companion);
        SortedRows.closeAll(all);
    }
}
