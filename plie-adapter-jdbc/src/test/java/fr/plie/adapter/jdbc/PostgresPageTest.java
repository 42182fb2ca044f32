package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;
import fr.plie.core.parcours.ParcoursRepository;
import org.junit.jupiter.api.AfterEach;

/** The page contract on Postgres. */
class PostgresPageTest extends PageContract {
    private TestDatabase db;

    @Override
    ParcoursRepository repository() {
        db = TestDatabase.open(DatabaseServer.POSTGRESQL);
        return db.plie().repositories("REF-01").parcours();
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }
}
