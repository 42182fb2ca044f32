package fr.plie.adapter.jdbc;

/** The ESF+ record contract on H2. */
class H2EsfRecordTest extends EsfRecordContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
