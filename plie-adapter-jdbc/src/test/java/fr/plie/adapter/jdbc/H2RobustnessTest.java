package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;

/** The robustness contract on H2. */
class H2RobustnessTest extends RobustnessContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.H2;
    }
}
