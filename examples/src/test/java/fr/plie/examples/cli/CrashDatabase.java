package fr.plie.examples.cli;

import fr.plie.adapter.jdbc.testing.DatabaseServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A database of its own for a test that runs the {@code plie} command in another process: an H2 file in a
 * temporary folder, or a schema (PostgreSQL) or database (MariaDB) with a random name on the servers of {@link
 * DatabaseServer} (skipped with a message without them, failed on CI), dropped by {@link #close()}.
 */
final class CrashDatabase implements AutoCloseable {
    final DatabaseServer kind;
    /** The URL the command is given. */
    final String url;

    private final String serverUrl;
    private final String name;

    private CrashDatabase(DatabaseServer kind, String url, String serverUrl, String name) {
        this.kind = kind;
        this.url = url;
        this.serverUrl = serverUrl;
        this.name = name;
    }

    static CrashDatabase open(DatabaseServer kind, Path dir) throws SQLException {
        String name = DatabaseServer.newName("plie_c");
        if (kind == DatabaseServer.H2) {
            return new CrashDatabase(kind, "jdbc:h2:" + dir.toAbsolutePath().resolve(name), null, name);
        }
        String server = kind.urlOrSkip("examples");
        kind.create(server, name);
        return new CrashDatabase(kind, kind.urlOf(server, name), server, name);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() throws SQLException {
        if (serverUrl != null) {
            kind.drop(serverUrl, name);
        }
    }
}
