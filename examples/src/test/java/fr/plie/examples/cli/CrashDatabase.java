package fr.plie.examples.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own for a test that runs the {@code plie} command in another process: an H2 file in a
 * temporary folder, or a schema (PostgreSQL) or database (MariaDB) with a random name on the servers named by
 * {@code PLIE_TEST_POSTGRES_URL} / {@code PLIE_TEST_MARIADB_URL} (skipped with a message without them, failed
 * when {@code PLIE_TEST_REQUIRE_SERVERS=true}), dropped by {@link #close()}.
 */
final class CrashDatabase implements AutoCloseable {
    enum Kind {
        H2(null),
        POSTGRESQL("PLIE_TEST_POSTGRES_URL"),
        MARIADB("PLIE_TEST_MARIADB_URL");

        final String variable;

        Kind(String variable) {
            this.variable = variable;
        }
    }

    final Kind kind;
    /** The URL the command is given. */
    final String url;

    private final String serverUrl;
    private final String name;

    private CrashDatabase(Kind kind, String url, String serverUrl, String name) {
        this.kind = kind;
        this.url = url;
        this.serverUrl = serverUrl;
        this.name = name;
    }

    static CrashDatabase open(Kind kind, Path dir) {
        String name = "plie_c" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (kind == Kind.H2) {
            return new CrashDatabase(kind, "jdbc:h2:" + dir.toAbsolutePath().resolve(name), null, name);
        }
        String server = System.getenv(kind.variable);
        boolean required = "true".equalsIgnoreCase(System.getenv("PLIE_TEST_REQUIRE_SERVERS"));
        if (server == null || server.isBlank()) {
            if (required) {
                fail("PLIE_TEST_REQUIRE_SERVERS=true but " + kind.variable + " is not set");
            }
            System.err.println("[examples] " + kind + " crash tests skipped: set " + kind.variable);
            assumeTrue(false, kind + " crash tests skipped: set " + kind.variable);
        }
        try (Connection c = DriverManager.getConnection(server);
                Statement st = c.createStatement()) {
            st.execute(kind == Kind.POSTGRESQL ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (required) {
                fail(kind + " server unreachable", e);
            }
            assumeTrue(false, kind + " server unreachable: " + e.getMessage());
        }
        String url = kind == Kind.POSTGRESQL
                ? server + (server.contains("?") ? "&" : "?") + "currentSchema=" + name
                : server.replaceFirst("(//[^/]+/)[^?]*", "$1" + name);
        return new CrashDatabase(kind, url, server, name);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() throws SQLException {
        if (serverUrl == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(serverUrl);
                Statement st = c.createStatement()) {
            st.execute(kind == Kind.POSTGRESQL ? "DROP SCHEMA " + name + " CASCADE" : "DROP DATABASE " + name);
        }
    }
}
