package fr.plie.adapter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on a connection inside a transaction. */
@FunctionalInterface
interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
