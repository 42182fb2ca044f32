package fr.plie.adapter.jdbc;

import fr.plie.adapter.jdbc.testing.DatabaseServer;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test on a database of its own, migrated, dropped afterwards. */
abstract class DatabaseTest {
    static final LocalDate ENTRY = LocalDate.of(2023, 3, 1);

    TestDatabase db;
    PlieJdbc plie;
    PlieRepositories repos;

    abstract DatabaseServer kind();

    /** Whether {@link #openDatabase()} migrates plie's tables; migration tests do it themselves. */
    boolean migrated() {
        return true;
    }

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(kind());
        if (migrated()) {
            plie = db.plie();
            repos = plie.repositories("REF-01");
        }
    }

    /** A store on this test's database whose JDBC calls fail when {@code faulty} says. */
    PlieJdbc on(FaultyDataSource faulty) {
        PlieJdbc.Builder builder = PlieJdbc.builder()
                .dataSource(faulty.dataSource())
                .dialect(plie.dialect())
                .clock(fr.plie.core.fixture.ParcoursFixture.CLOCK);
        if (db.schema != null) {
            builder.schema(db.schema);
        }
        return builder.build();
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }
}
