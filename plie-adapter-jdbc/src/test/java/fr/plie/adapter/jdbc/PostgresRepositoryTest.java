package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The repository contract on Postgres. */
class PostgresRepositoryTest extends RepositoryContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.POSTGRESQL;
    }
}
