package fr.plie.adapter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases plie stores into, and the few places where their SQL differs. */
public enum Dialect {
    /** H2, the embedded default (in memory or in a file). */
    H2("h2", "CAST(NULL AS VARCHAR)", "CAST(NULL AS BIGINT)", "CAST(NULL AS BOOLEAN)", true, '"'),
    /** PostgreSQL: refuses the NUL character in text; needs autocommit off for cursors. */
    POSTGRESQL("postgresql", "CAST(NULL AS VARCHAR)", "CAST(NULL AS BIGINT)", "CAST(NULL AS BOOLEAN)", false, '"'),
    /** MariaDB (and MySQL): a schema is a database; tables in utf8mb4 with a binary collation. */
    MARIADB("mariadb", "CAST(NULL AS CHAR)", "CAST(NULL AS SIGNED)", "CAST(NULL AS SIGNED)", true, '`');

    private final String folder;
    private final String nullText;
    private final String nullNumber;
    private final String nullBoolean;
    private final boolean acceptsNul;
    private final char quote;

    Dialect(String folder, String nullText, String nullNumber, String nullBoolean, boolean acceptsNul, char quote) {
        this.folder = folder;
        this.nullText = nullText;
        this.nullNumber = nullNumber;
        this.nullBoolean = nullBoolean;
        this.acceptsNul = acceptsNul;
        this.quote = quote;
    }

    /** Recognises the database behind {@code connection}. */
    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        } else if (product.contains("postgres")) {
            return POSTGRESQL;
        } else if (product.contains("mariadb") || product.contains("mysql")) {
            return MARIADB;
        }
        throw new IllegalArgumentException("plie stores into H2, PostgreSQL or MariaDB, not " + product);
    }

    /** The classpath folder of this dialect's own migrations, beside {@code db/plie-migration/common}. */
    String migrationFolder() {
        return "db/plie-migration/" + folder;
    }

    /** Typed NULLs, so that every branch of a UNION ALL agrees on the column types. */
    String nullText() {
        return nullText;
    }

    String nullNumber() {
        return nullNumber;
    }

    String nullBoolean() {
        return nullBoolean;
    }

    String nullDate() {
        return "CAST(NULL AS DATE)";
    }

    /** The clause ending a query that keeps its first {@code n} rows. */
    String firstRows(int n) {
        return this == H2 ? "FETCH FIRST " + n + " ROWS ONLY" : "LIMIT " + n;
    }

    /** Whether text columns can hold U+0000 (PostgreSQL refuses it in any text type). */
    boolean acceptsNul() {
        return acceptsNul;
    }

    /** {@code name} as a quoted identifier (schema names come from configuration, never from data). */
    String quote(String name) {
        return quote + name + quote;
    }
}
