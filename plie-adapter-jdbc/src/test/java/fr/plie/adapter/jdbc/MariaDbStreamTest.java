package fr.plie.adapter.jdbc;

/** The stream contract on MariaDb. */
class MariaDbStreamTest extends StreamContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
