package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The migration contract on Postgres. */
class PostgresMigrationTest extends MigrationContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.POSTGRESQL;
    }
}
