package fr.plie.adapter.jdbc;

/** The migration contract on H2. */
class H2MigrationTest extends MigrationContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
