package fr.plie.adapter.jdbc;

/** The ESF+ record contract on MariaDb. */
class MariaDbEsfRecordTest extends EsfRecordContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
