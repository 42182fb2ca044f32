package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The ESF+ record contract on H2. */
class H2EsfRecordTest extends EsfRecordContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.H2;
    }
}
