package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The repository contract on H2. */
class H2RepositoryTest extends RepositoryContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.H2;
    }
}
