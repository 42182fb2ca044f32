package fr.plie.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A prepared INSERT whose rows are sent to the database in batches; {@link CopyBatch} on PostgreSQL. */
class Batch implements AutoCloseable {
    private static final int SIZE = 1000;

    private final PreparedStatement statement;
    private int pending;

    Batch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    /** For {@link CopyBatch}, which prepares no statement. */
    Batch() {
        this.statement = null;
    }

    /**
     * The rows of {@code insert} (an {@code INSERT INTO table [(columns)] VALUES (?, ...)}): through PostgreSQL's
     * COPY protocol when {@code dialect} is PostgreSQL, else as JDBC batches (MariaDB, H2).
     */
    static Batch insert(Connection connection, Dialect dialect, String insert) throws SQLException {
        return dialect == Dialect.POSTGRESQL ? new CopyBatch(connection, insert) : new Batch(connection, insert);
    }

    PreparedStatement row() {
        return statement;
    }

    /** Ends the current row; sends the batch when it is full. */
    void add() throws SQLException {
        statement.addBatch();
        if (++pending == SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
