package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** Two writers deadlocking on MariaDb. */
class MariaDbDeadlockTest extends DeadlockContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.MARIADB;
    }
}
