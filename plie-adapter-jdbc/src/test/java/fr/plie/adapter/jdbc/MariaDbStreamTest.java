package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The stream contract on MariaDb. */
class MariaDbStreamTest extends StreamContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.MARIADB;
    }
}
