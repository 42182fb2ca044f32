package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The import batch contract on H2. */
class H2BatchImportTest extends BatchImportContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.H2;
    }
}
