package fr.plie.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch of an import is stored whole or not at all, even on PostgreSQL where its rows go through the COPY
 * protocol: a failure injected at every JDBC call of the batch leaves every table as it was.
 */
abstract class BatchImportContract extends DatabaseTest {
    private static final List<String> TABLES = List.of(
            "participant",
            "barrier",
            "personal_data",
            "parcours",
            "decision",
            "referent_assignment",
            "step",
            "text_item",
            "interview",
            "placement",
            "evidence",
            "audit",
            "import_journal");

    @Test
    void a_failure_at_any_call_of_an_import_batch_leaves_the_database_as_it_was_and_the_rerun_stores_it_exactly() {
        FaultyDataSource faulty = new FaultyDataSource(db.dataSource);
        PlieJdbc flaky = on(faulty);
        faulty.failAt(0);
        assertThat(flaky.batchImport("IMPORT", "count", false)
                        .store(0, lines("C"))
                        .isRight())
                .isTrue();
        int calls = faulty.calls();
        List<Long> before = rowCounts();
        List<ImportLine> batch = lines("B");
        int failures = 0;
        for (int n = 1; ; n++) {
            faulty.failAt(n);
            boolean failed;
            try {
                flaky.batchImport("IMPORT", "import", false).store(0, batch);
                failed = false;
            } catch (PlieJdbcException e) {
                failed = true;
            }
            faulty.failAt(0);
            if (!failed) {
                break;
            }
            failures++;
            assertThat(rowCounts()).as("failure at call %d of %d", n, calls).isEqualTo(before);
        }
        // the last call, giving the connection back its autocommit, fails after the commit: nothing to undo
        assertThat(failures)
                .as("a failure at each call of the batch but the last")
                .isEqualTo(calls - 1);
        for (ImportLine l : batch) {
            assertThat(repos.parcours().findById(l.parcours().id())).isEqualTo(Option.some(l.parcours()));
            assertThat(repos.participants().findById(l.parcours().participant()))
                    .isEqualTo(l.participant());
        }
        assertThat(plie.batchImport("IMPORT", "import", false).committedBatches())
                .containsExactly(0);
    }

    /** Three lines, each a fully filled parcours with its participant (barriers, personal data). */
    private static List<ImportLine> lines(String prefix) {
        List<ImportLine> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Parcours p = Samples.exited("PAR-" + prefix + i, ENTRY);
            Participant person = Samples.participant(p.participant().value(), s -> s);
            lines.add(new ImportLine(i + 1L, p, Option.some(person)));
        }
        return lines;
    }

    private List<Long> rowCounts() {
        List<Long> counts = new ArrayList<>();
        try (Connection c = db.dataSource.getConnection();
                Statement st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + db.table("plie_" + table))) {
                    rs.next();
                    counts.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
