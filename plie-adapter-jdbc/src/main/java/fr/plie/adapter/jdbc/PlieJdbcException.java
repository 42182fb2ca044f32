package fr.plie.adapter.jdbc;

import java.sql.SQLException;

/**
 * The database could not be reached or failed during an operation (I/O, not a business outcome): the operation
 * wrote nothing. Its message names the operation and the SQL state, never stored values or personal data.
 */
public final class PlieJdbcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PlieJdbcException(String operation, SQLException cause) {
        super(operation + " failed (SQL state " + cause.getSQLState() + ")", cause);
    }
}
