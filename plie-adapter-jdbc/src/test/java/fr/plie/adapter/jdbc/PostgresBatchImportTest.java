package fr.plie.adapter.jdbc;

/** The import batch contract on Postgres. */
class PostgresBatchImportTest extends BatchImportContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
