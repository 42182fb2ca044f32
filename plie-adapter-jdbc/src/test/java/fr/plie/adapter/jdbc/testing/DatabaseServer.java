package fr.plie.adapter.jdbc.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The database servers plie's tests run on: H2 in the test's own JVM, PostgreSQL and MariaDB when {@code
 * PLIE_TEST_POSTGRES_URL} / {@code PLIE_TEST_MARIADB_URL} name one. Without the variable, or with a server that
 * does not answer, a test on that server is skipped with a visible message, unless {@code
 * PLIE_TEST_REQUIRE_SERVERS=true} (CI), where it fails. Each test works in a schema (PostgreSQL) or database
 * (MariaDB) of its own. Shared with the other modules' tests through plie-adapter-jdbc's test-jar (this package
 * only).
 */
public enum DatabaseServer {
    H2(null, null),
    POSTGRESQL("PLIE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"),
    MARIADB("PLIE_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");

    private final String variable;
    private final String example;

    DatabaseServer(String variable, String example) {
        this.variable = variable;
        this.example = example;
    }

    /** A new name for a test's schema or database: {@code prefix} and 16 random hexadecimal digits. */
    public static String newName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /**
     * The server's URL, once it answered; otherwise the calling test is skipped (failed on CI), saying so on the
     * standard error under {@code [module]}. Not for H2, which has no server.
     */
    public String urlOrSkip(String module) {
        if (this == H2) {
            throw new IllegalStateException("H2 runs in the test's JVM: no server URL");
        }
        String url = System.getenv(variable);
        if (url == null || url.isBlank()) {
            skip(module, "set " + variable + " (e.g. " + example + ") to run them on a real server", null);
        }
        try (Connection c = DriverManager.getConnection(url)) {
            c.isValid(5);
        } catch (SQLException e) {
            skip(module, "the server at " + variable + " does not answer: " + e.getMessage(), e);
        }
        return url;
    }

    private void skip(String module, String why, Exception cause) {
        String message = this + " tests skipped: " + why;
        if ("true".equalsIgnoreCase(System.getenv("PLIE_TEST_REQUIRE_SERVERS"))) {
            fail("PLIE_TEST_REQUIRE_SERVERS=true, but " + message, cause);
        }
        System.err.println("[" + module + "] " + message);
        assumeTrue(false, message);
    }

    /** The URL of the schema (PostgreSQL) or database (MariaDB) {@code name} on the server at {@code server}. */
    public String urlOf(String server, String name) {
        return this == POSTGRESQL
                ? server + (server.contains("?") ? "&" : "?") + "currentSchema=" + name
                : server.replaceFirst("(//[^/]+/)[^?]*", "$1" + name);
    }

    /** Creates the empty schema (PostgreSQL) or database (MariaDB) {@code name} on the server at {@code server}. */
    public void create(String server, String name) throws SQLException {
        execute(server, this == POSTGRESQL ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
    }

    /** Drops the schema (PostgreSQL) or database (MariaDB) {@code name} and all it holds, when it exists. */
    public void drop(String server, String name) throws SQLException {
        execute(
                server,
                this == POSTGRESQL ? "DROP SCHEMA IF EXISTS " + name + " CASCADE" : "DROP DATABASE IF EXISTS " + name);
    }

    private static void execute(String server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
