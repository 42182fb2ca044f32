package fr.plie.adapter.jdbc;

/** The repository contract on Postgres. */
class PostgresRepositoryTest extends RepositoryContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
