package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The stream contract on Postgres. */
class PostgresStreamTest extends StreamContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.POSTGRESQL;
    }
}
