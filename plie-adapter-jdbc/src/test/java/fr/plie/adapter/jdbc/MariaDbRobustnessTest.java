package fr.plie.adapter.jdbc;

/** The robustness contract on MariaDb. */
class MariaDbRobustnessTest extends RobustnessContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
