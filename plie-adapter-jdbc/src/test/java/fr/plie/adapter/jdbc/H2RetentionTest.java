package fr.plie.adapter.jdbc;

/** The retention contract on H2. */
class H2RetentionTest extends RetentionContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
