package fr.plie.adapter.jdbc;

/** Two writers deadlocking on Postgres. */
class PostgresDeadlockTest extends DeadlockContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
