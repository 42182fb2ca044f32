package fr.plie.adapter.jdbc;

import fr.plie.core.parcours.Parcours;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Walks the parcours matching a filter page by page: one keyset query for the next {@code batch} root rows in id
 * order, then one query for the child rows of every child table from the page's first id to its last, assembled
 * in memory: two round trips per page. Memory holds one page; the server sorts no more than one page's root rows,
 * and no cursor stays open between queries (MariaDB allows only one streaming cursor per connection). How H2,
 * MariaDB and callers' connections stream; PostgreSQL on plie's own connection uses {@link SortedParcours}.
 */
final class ParcoursPages<T> extends Spliterators.AbstractSpliterator<T> {
    /** Binds the filter's own parameters, from index 1; returns the next free index. */
    interface Binder {
        int bind(PreparedStatement ps) throws SQLException;
    }

    private final Connection connection;
    private final ParcoursCompanion<T> reader;
    private final ParcoursQuery query;
    private final String filter;
    private final Binder binder;
    private final int batch;
    private final int fetchSize;
    private final Deque<T> page = new ArrayDeque<>();
    private String lastId;
    private boolean exhausted;

    /** Pages that start after the id {@code after} ({@code ""}: from the first). */
    ParcoursPages(
            Connection connection,
            ParcoursQuery query,
            String filter,
            Binder binder,
            int batch,
            int fetchSize,
            ParcoursCompanion<T> reader,
            String after) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.lastId = after;
        this.connection = connection;
        this.query = query;
        this.filter = filter;
        this.binder = binder;
        this.batch = batch;
        this.fetchSize = fetchSize;
        this.reader = reader;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (page.isEmpty() && !exhausted) {
            try {
                readPage();
            } catch (SQLException e) {
                throw new PlieJdbcException("reading parcours", e);
            }
        }
        T next = page.poll();
        if (next == null) {
            return false;
        }
        action.accept(next);
        return true;
    }

    private void readPage() throws SQLException {
        Map<String, ParcoursAssembler> byId = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(query.rootPage(filter, batch))) {
            ps.setString(binder.bind(ps), lastId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ParcoursAssembler a = new ParcoursAssembler(rs.getString(1));
                    a.accept(rs);
                    byId.put(a.id(), a);
                }
            }
        }
        if (byId.size() < batch) {
            exhausted = true;
        }
        if (byId.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(byId.keySet());
        String first = ids.get(0);
        String last = ids.get(ids.size() - 1);
        try (PreparedStatement ps = connection.prepareStatement(query.childrenBetween())) {
            ps.setFetchSize(fetchSize);
            for (int table = 0; table < ParcoursQuery.CHILD_TABLES; table++) {
                ps.setString(2 * table + 1, first);
                ps.setString(2 * table + 2, last);
            }
            try (ResultSet rs = ps.executeQuery()) {
                String ownerId = null;
                ParcoursAssembler owner = null;
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!id.equals(ownerId)) { // a table's rows of one parcours come together: one look-up for them
                        ownerId = id;
                        owner = byId.get(id);
                    }
                    if (owner != null) { // null: a parcours of the range outside the period
                        owner.accept(rs);
                    }
                }
            }
        }
        List<Parcours> built = new ArrayList<>(byId.size());
        for (ParcoursAssembler a : byId.values()) {
            built.add(a.build());
        }
        page.addAll(reader.page(connection, built));
        lastId = last;
    }
}
