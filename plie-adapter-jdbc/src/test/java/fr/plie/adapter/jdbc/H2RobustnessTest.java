package fr.plie.adapter.jdbc;

/** The robustness contract on H2. */
class H2RobustnessTest extends RobustnessContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
