package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;
import fr.plie.core.parcours.ParcoursRepository;
import org.junit.jupiter.api.AfterEach;

/** The page contract on H2. */
class H2PageTest extends PageContract {
    private TestDatabase db;

    @Override
    ParcoursRepository repository() {
        db = TestDatabase.open(DatabaseServer.H2);
        return db.plie().repositories("REF-01").parcours();
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }
}
