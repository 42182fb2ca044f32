package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;
import fr.plie.core.fixture.ParcoursFixture;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A database of its own for one test: an H2 database in memory, or a schema (PostgreSQL) or database (MariaDB)
 * with a random name on the servers named by {@code PLIE_TEST_POSTGRES_URL} / {@code PLIE_TEST_MARIADB_URL},
 * dropped by {@link #close()}. Without the variable the test is skipped with a visible message, unless {@code
 * PLIE_TEST_REQUIRE_SERVERS=true} (CI), where a missing or unreachable server fails it.
 */
final class TestDatabase implements AutoCloseable {
    /** Flyway reports every migration through java.util.logging; tests keep only its warnings. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    final DatabaseServer kind;
    final String url;
    /** The schema (PostgreSQL) or database (MariaDB) of this test; null on H2, which has a database per test. */
    final String schema;

    final DataSource dataSource;

    private TestDatabase(DatabaseServer kind, String url, String schema) {
        this.kind = kind;
        this.url = url;
        this.schema = schema;
        this.dataSource = new UrlDataSource(url);
    }

    static TestDatabase open(DatabaseServer kind) {
        String name = DatabaseServer.newName("plie_t");
        if (kind == DatabaseServer.H2) {
            return new TestDatabase(kind, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000", null);
        }
        return new TestDatabase(kind, kind.urlOrSkip("plie-adapter-jdbc"), name);
    }

    /** A store on this database, migrated, with the given table prefix. */
    PlieJdbc plie(String prefix) {
        return plie(prefix, b -> b);
    }

    /** A store on this database, migrated, with the given table prefix and settings tuned by {@code tune}. */
    PlieJdbc plie(String prefix, java.util.function.UnaryOperator<PlieJdbc.Builder> tune) {
        PlieJdbc.Builder builder = PlieJdbc.builder()
                .dataSource(dataSource)
                .tablePrefix(prefix)
                .clock(ParcoursFixture.CLOCK)
                .fetchSize(200)
                .retention(java.time.Period.ofYears(5));
        tune.apply(builder);
        if (schema != null) {
            builder.schema(schema);
        }
        PlieJdbc plie = builder.build();
        plie.migrate();
        return plie;
    }

    PlieJdbc plie() {
        return plie("plie_");
    }

    /** The SQL name of a table of this test, qualified by its schema. */
    String table(String name) {
        return schema == null ? name : schema + "." + name;
    }

    void execute(String... statements) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (kind == DatabaseServer.H2) {
            execute("SHUTDOWN");
            return;
        }
        try {
            kind.drop(url, schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** Connections straight from the driver: every test opens its own, no pool to leak between tests. */
    static final class UrlDataSource implements DataSource {
        private final String url;

        UrlDataSource(String url) {
            this.url = url;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
