package fr.plie.adapter.jdbc;

/** The stream contract on H2. */
class H2StreamTest extends StreamContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
