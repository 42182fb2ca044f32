package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The ESF+ record contract on MariaDb. */
class MariaDbEsfRecordTest extends EsfRecordContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.MARIADB;
    }
}
