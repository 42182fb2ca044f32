package fr.plie.adapter.jdbc;

/** The stream contract on Postgres. */
class PostgresStreamTest extends StreamContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
