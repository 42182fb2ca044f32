package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The retention contract on Postgres. */
class PostgresRetentionTest extends RetentionContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.POSTGRESQL;
    }
}
