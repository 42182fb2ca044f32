package fr.plie.server.api;

import static fr.plie.servertest.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.server.PlieServer;
import fr.plie.server.security.Role;
import fr.plie.servertest.Databases;
import fr.plie.servertest.Http;
import fr.plie.servertest.Http.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /v1/import} on each database when the database fails on a later line: a CHECK constraint the test
 * adds refuses the second line's parcours, after the first line's participant and parcours were written in the
 * same transaction. Nothing of the import is stored, not even that participant, and the client is told so; once
 * the fault is gone the very same import stores every line. PostgreSQL and MariaDB run when PLIE_TEST_POSTGRES_URL
 * / PLIE_TEST_MARIADB_URL are set ({@link Databases}).
 */
class ImportAllOrNothingTest {
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void a_database_failure_on_a_later_line_leaves_no_participant_nor_parcours_of_the_import(String kind)
            throws Exception {
        try (Databases database = Databases.create(kind);
                PlieServer.Running server = PlieServer.start(
                        "--port=0",
                        "--server.address=127.0.0.1",
                        "--spring.datasource.url=" + database.url(),
                        "--plie.as-of=2024-06-30")) {
            Http http = new Http(server.port());
            String admin = server.tokens().add("admin", Role.ADMIN);
            // two lines: PAR-2023-0042 with its participant, then PAR-2024-0007
            String export = Files.readString(Path.of("..", "docs", "examples", "export.ndjson"));
            sql(
                    database,
                    kind,
                    "ALTER TABLE plie_parcours ADD CONSTRAINT plie_test_fault CHECK (id <> 'PAR-2024-0007')");

            Reply failed = http.post("/v1/import")
                    .bearer(admin)
                    .english()
                    .ndjson(export)
                    .send();

            assertProblem(
                    http.get("/v1/participants/P-PAR-2023-0042").bearer(admin).send(), 404, "participant.not-found");
            assertProblem(http.get("/v1/parcours/PAR-2023-0042").bearer(admin).send(), 404, "parcours.not-found");
            assertProblem(failed, 500, "import.failed");
            assertThat(failed.json().get("detail").asString())
                    .isEqualTo("The database could not store the import; nothing was stored. You may send it again.");

            sql(database, kind, "ALTER TABLE plie_parcours DROP CONSTRAINT plie_test_fault");
            Reply again = http.post("/v1/import").bearer(admin).ndjson(export).send();

            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json().get("parcours").asInt()).isEqualTo(2);
            assertThat(again.json().get("participants").asInt()).isEqualTo(1);
            assertThat(http.get("/v1/participants/P-PAR-2023-0042")
                            .bearer(admin)
                            .send()
                            .status())
                    .isEqualTo(200);
        }
    }

    /** Runs {@code statement} on the server's database, behind its back. */
    private static void sql(Databases database, String kind, String statement) throws SQLException {
        // Spring Boot opens an embedded H2 database as "sa"; the other URLs carry their user
        try (Connection c = kind.equals("h2")
                        ? DriverManager.getConnection(database.url(), "sa", "")
                        : DriverManager.getConnection(database.url());
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
