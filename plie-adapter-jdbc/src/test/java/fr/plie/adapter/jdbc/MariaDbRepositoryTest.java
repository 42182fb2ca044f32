package fr.plie.adapter.jdbc;

/** The repository contract on MariaDb. */
class MariaDbRepositoryTest extends RepositoryContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
