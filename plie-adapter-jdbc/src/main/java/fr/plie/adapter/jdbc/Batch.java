package fr.plie.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A prepared INSERT whose rows are sent to the database in batches. */
final class Batch implements AutoCloseable {
    private static final int SIZE = 1000;

    private final PreparedStatement statement;
    private int pending;

    Batch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
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
