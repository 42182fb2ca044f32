package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The migration contract on MariaDb. */
class MariaDbMigrationTest extends MigrationContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.MARIADB;
    }
}
