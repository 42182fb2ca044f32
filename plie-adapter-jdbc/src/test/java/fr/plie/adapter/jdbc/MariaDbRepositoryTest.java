package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The repository contract on MariaDb. */
class MariaDbRepositoryTest extends RepositoryContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.MARIADB;
    }
}
