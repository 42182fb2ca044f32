package fr.plie.adapter.jdbc;

/** The retention contract on MariaDb. */
class MariaDbRetentionTest extends RetentionContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
