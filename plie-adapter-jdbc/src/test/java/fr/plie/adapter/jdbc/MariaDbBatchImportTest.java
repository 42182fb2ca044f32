package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The import batch contract on MariaDb. */
class MariaDbBatchImportTest extends BatchImportContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.MARIADB;
    }
}
