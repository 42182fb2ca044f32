package fr.plie.adapter.jdbc;

/** The robustness contract on Postgres. */
class PostgresRobustnessTest extends RobustnessContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
