package fr.plie.adapter.jdbc;

import java.sql.SQLException;

/**
 * The database could not be reached or failed during an operation (I/O, not a business outcome): the operation
 * wrote nothing. Its message names the operation and the SQL state, never stored values or personal data.
 */
public final class PlieJdbcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The SQL state the database gave; null when it gave none. */
    private final String sqlState;

    PlieJdbcException(String operation, SQLException cause) {
        super(operation + " failed (SQL state " + cause.getSQLState() + ")", cause);
        this.sqlState = cause.getSQLState();
    }

    /**
     * The SQL state the database gave, e.g. {@code 40P01} for a deadlock on PostgreSQL.
     *
     * @return the SQL state, null when the database gave none
     */
    public String sqlState() {
        return sqlState;
    }

    /**
     * Whether the database gave the transaction up to break a deadlock or a serialisation conflict ({@code 40001},
     * {@code 40P01}, MariaDB's 1213): running it again may succeed. plie's own transactions are already run again
     * up to 5 times; a transaction joined from the caller is the caller's to run again.
     *
     * @return whether it is worth running again
     */
    public boolean isTransient() {
        return getCause() instanceof SQLException sql && UnitOfWork.givenUp(sql);
    }
}
