package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The migration contract on H2. */
class H2MigrationTest extends MigrationContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.H2;
    }
}
