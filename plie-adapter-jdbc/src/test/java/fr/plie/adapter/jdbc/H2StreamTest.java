package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The stream contract on H2. */
class H2StreamTest extends StreamContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.H2;
    }
}
