package fr.plie.adapter.jdbc;

/** The repository contract on H2. */
class H2RepositoryTest extends RepositoryContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
