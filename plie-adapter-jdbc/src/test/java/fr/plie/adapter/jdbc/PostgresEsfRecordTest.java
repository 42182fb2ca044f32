package fr.plie.adapter.jdbc;

/** The ESF+ record contract on Postgres. */
class PostgresEsfRecordTest extends EsfRecordContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
