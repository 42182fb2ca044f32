package fr.plie.adapter.jdbc;

/** The retention contract on Postgres. */
class PostgresRetentionTest extends RetentionContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
