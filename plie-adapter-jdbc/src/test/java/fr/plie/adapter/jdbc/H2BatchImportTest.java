package fr.plie.adapter.jdbc;

/** The import batch contract on H2. */
class H2BatchImportTest extends BatchImportContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
