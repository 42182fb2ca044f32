package fr.plie.adapter.jdbc;

/** The import batch contract on MariaDb. */
class MariaDbBatchImportTest extends BatchImportContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
