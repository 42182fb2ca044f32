package fr.plie.servertest;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own for a test that starts its own server ({@code PlieServer.start}): H2 in memory, a schema
 * on PostgreSQL, a database on MariaDB. PostgreSQL and MariaDB run when PLIE_TEST_POSTGRES_URL /
 * PLIE_TEST_MARIADB_URL are set (required when PLIE_TEST_REQUIRE_SERVERS=true), and are skipped otherwise.
 */
public final class Databases implements AutoCloseable {
    private final String kind;
    private final String name;
    private final String url;

    private Databases(String kind, String name, String url) {
        this.kind = kind;
        this.name = name;
        this.url = url;
    }

    /** A new, empty database of {@code kind} ({@code h2}, {@code postgresql} or {@code mariadb}); close drops it. */
    public static Databases create(String kind) throws Exception {
        String name = "plie_l" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (kind.equals("h2")) {
            return new Databases(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        }
        String server = server(kind);
        if (server == null || server.isBlank()) {
            String variable = variable(kind);
            if ("true".equalsIgnoreCase(System.getenv("PLIE_TEST_REQUIRE_SERVERS"))) {
                fail("PLIE_TEST_REQUIRE_SERVERS=true but " + variable + " is not set");
            }
            System.err.println("[plie-server] test on " + kind + " skipped: set " + variable);
            assumeTrue(false, variable + " not set");
        }
        try (Connection c = DriverManager.getConnection(server);
                Statement s = c.createStatement()) {
            s.execute(kind.equals("postgresql") ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
        }
        return new Databases(
                kind,
                name,
                kind.equals("postgresql")
                        ? server + (server.contains("?") ? "&" : "?") + "currentSchema=" + name
                        : server.replaceFirst("/([^/?]+)(\\?|$)", "/" + name + "$2"));
    }

    /** The JDBC URL of the database. */
    public String url() {
        return url;
    }

    @Override
    public void close() throws Exception {
        if (kind.equals("h2")) {
            return;
        }
        try (Connection c = DriverManager.getConnection(server(kind));
                Statement s = c.createStatement()) {
            s.execute(
                    kind.equals("postgresql")
                            ? "DROP SCHEMA IF EXISTS " + name + " CASCADE"
                            : "DROP DATABASE IF EXISTS " + name);
        }
    }

    private static String variable(String kind) {
        return kind.equals("postgresql") ? "PLIE_TEST_POSTGRES_URL" : "PLIE_TEST_MARIADB_URL";
    }

    private static String server(String kind) {
        return System.getenv(variable(kind));
    }
}
