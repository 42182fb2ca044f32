package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The retention contract on MariaDb. */
class MariaDbRetentionTest extends RetentionContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.MARIADB;
    }
}
