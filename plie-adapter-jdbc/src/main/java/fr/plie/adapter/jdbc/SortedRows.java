package fr.plie.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The rows of one table read once, in the order of the parcours they belong to (the same order as the root rows
 * of the stream, by the same database), which a merge takes parcours after parcours. Rows are matched to a
 * parcours by equal ids only, never compared in Java, so the database's collation decides the order alone.
 */
final class SortedRows implements AutoCloseable {
    /** Takes in the current row. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    private final String table;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final int key;
    private String current;

    private SortedRows(String table, PreparedStatement statement, ResultSet rows, int key) throws SQLException {
        this.table = table;
        this.statement = statement;
        this.rows = rows;
        this.key = key;
        advance();
    }

    /**
     * Runs {@code sql}, whose filter {@code binder} binds and whose column {@code key} holds the parcours id its
     * rows are ordered by, fetching {@code fetchSize} rows per round trip; on PostgreSQL, with autocommit off,
     * several such cursors stay open on one connection.
     */
    static SortedRows open(Connection c, String table, String sql, ParcoursPages.Binder binder, int fetchSize, int key)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            ps.setFetchSize(fetchSize);
            binder.bind(ps);
            return new SortedRows(table, ps, ps.executeQuery(), key);
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** Hands {@code consumer} every row of parcours {@code id}: the next rows, if they are its. */
    void take(String id, RowConsumer consumer) throws SQLException {
        while (id.equals(current)) {
            consumer.accept(rows);
            advance();
        }
    }

    /** The parcours id of the next row not taken yet, {@code null} after the last. */
    String nextId() {
        return current;
    }

    /** Fails if rows are left: they belong to no parcours the stream yielded, so the reads disagreed. */
    void requireDrained() {
        if (current != null) {
            throw new IllegalStateException(
                    "rows of " + table + " for parcours " + current + " came out of the order of the parcours");
        }
    }

    /**
     * Closes every one of {@code all}, the others too when one fails; throws the first failure, with the later ones
     * suppressed.
     */
    static void closeAll(List<? extends AutoCloseable> all) throws SQLException {
        SQLException failure = null;
        for (AutoCloseable each : all) {
            try {
                each.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e instanceof SQLException sql ? sql : new SQLException("closing a sorted read", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Closes what opened before {@code failure}, adding any failure of closing to it as suppressed. */
    static void closeAfter(List<? extends AutoCloseable> opened, Exception failure) {
        try {
            closeAll(opened);
        } catch (SQLException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    private void advance() throws SQLException {
        current = rows.next() ? rows.getString(key) : null;
    }

    @Override
    public void close() throws SQLException {
        try {
            rows.close();
        } finally {
            statement.close();
        }
    }
}
