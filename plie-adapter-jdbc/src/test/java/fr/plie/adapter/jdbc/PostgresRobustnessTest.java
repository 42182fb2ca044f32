package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The robustness contract on Postgres. */
class PostgresRobustnessTest extends RobustnessContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.POSTGRESQL;
    }
}
