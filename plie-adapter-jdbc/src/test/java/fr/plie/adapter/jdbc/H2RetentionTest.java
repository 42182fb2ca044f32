package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The retention contract on H2. */
class H2RetentionTest extends RetentionContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.H2;
    }
}
