package fr.plie.adapter.jdbc;

/** The migration contract on Postgres. */
class PostgresMigrationTest extends MigrationContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
