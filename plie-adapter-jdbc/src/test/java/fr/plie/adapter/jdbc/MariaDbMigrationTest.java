package fr.plie.adapter.jdbc;

/** The migration contract on MariaDb. */
class MariaDbMigrationTest extends MigrationContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
