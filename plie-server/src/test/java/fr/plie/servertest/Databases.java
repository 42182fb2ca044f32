package fr.plie.servertest;

import fr.plie.adapter.jdbc.testing.DatabaseServer;
import java.util.Locale;

/**
 * A database of its own for a test that starts its own server ({@code PlieServer.start}): H2 in memory, a schema
 * on PostgreSQL, a database on MariaDB, on the servers of {@link DatabaseServer} (skipped without them, failed on
 * CI).
 */
public final class Databases implements AutoCloseable {
    private final DatabaseServer kind;
    private final String server;
    private final String name;
    private final String url;

    private Databases(DatabaseServer kind, String server, String name, String url) {
        this.kind = kind;
        this.server = server;
        this.name = name;
        this.url = url;
    }

    /** A new, empty database of {@code kind} ({@code h2}, {@code postgresql} or {@code mariadb}); close drops it. */
    public static Databases create(String kind) throws Exception {
        DatabaseServer database = DatabaseServer.valueOf(kind.toUpperCase(Locale.ROOT));
        String name = DatabaseServer.newName("plie_l");
        if (database == DatabaseServer.H2) {
            return new Databases(database, null, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        }
        String server = database.urlOrSkip("plie-server");
        database.create(server, name);
        return new Databases(database, server, name, database.urlOf(server, name));
    }

    /** The JDBC URL of the database. */
    public String url() {
        return url;
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            kind.drop(server, name);
        }
    }
}
