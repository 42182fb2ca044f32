package fr.plie.adapter.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one table read once, in the order of the parcours they belong to (the same order as the root rows
 * of the stream, by the same database), which a merge takes parcours after parcours. Rows are matched to a
 * parcours by equal ids only, never compared in Java, so the database's collation decides the order alone; the
 * ids are compared as the driver's bytes ({@link ResultSet#getBytes}, PostgreSQL's text in the client encoding),
 * so that no string is decoded for a row's key.
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
    /** The parcours id of the current row, as the driver holds it; {@code null} after the last row. */
    private byte[] current;

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

    /**
     * Hands {@code consumer} every row of the parcours whose id is {@code key} (as {@link #nextKey()} gives it):
     * the next rows, if they are its.
     */
    void take(byte[] key, RowConsumer consumer) throws SQLException {
        while (Arrays.equals(key, current)) {
            consumer.accept(rows);
            advance();
        }
    }

    /** The parcours id of the next row not taken yet as the driver holds it, {@code null} after the last. */
    byte[] nextKey() {
        return current;
    }

    /** The parcours id of the next row not taken yet; there must be one ({@link #nextKey()} not null). */
    String nextId() throws SQLException {
        return rows.getString(key);
    }

    /** Fails if rows are left: they belong to no parcours the stream yielded, so the reads disagreed. */
    void requireDrained() {
        if (current != null) {
            throw new IllegalStateException("rows of " + table + " for parcours "
                    + new String(current, StandardCharsets.UTF_8) + " came out of the order of the parcours");
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
        current = rows.next() ? rows.getBytes(key) : null;
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
