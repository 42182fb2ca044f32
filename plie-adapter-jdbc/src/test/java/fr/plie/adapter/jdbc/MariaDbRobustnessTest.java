package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The robustness contract on MariaDb. */
class MariaDbRobustnessTest extends RobustnessContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.MARIADB;
    }
}
