package fr.plie.adapter.jdbc;

/** Two writers deadlocking on MariaDb. */
class MariaDbDeadlockTest extends DeadlockContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
