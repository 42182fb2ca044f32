package fr.plie.examples.embedding;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.jdbc.PlieRepositories;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.Referral;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.ParticipantId;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Embedding example: an application that already runs its own database and pool (HikariCP) keeps plie's tables
 * beside its own ({@code plie_} prefix, plie's own Flyway history) and saves a parcours in the same transaction
 * as its own row: both are committed together, or neither when the application rolls back.
 */
public final class EmbeddedJdbc {
    private EmbeddedJdbc() {}

    /** Runs the example on the given JDBC URL and returns the number of parcours stored at the end. */
    public static int run(String jdbcUrl, PrintWriter out) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(2);
        try (HikariDataSource appPool = new HikariDataSource(config)) {
            // the application's own table, created by its own migrations
            try (Connection c = appPool.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS app_case_note (parcours_id VARCHAR(64), note VARCHAR(200))");
            }
            Clock clock = Clock.fixed(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);
            PlieJdbc plie = PlieJdbc.builder().dataSource(appPool).clock(clock).build();
            out.println("Migrations plie appliquées : " + plie.migrate());

            saveWithNote(appPool, plie, "PAR-APP-1", true); // committed
            saveWithNote(appPool, plie, "PAR-APP-2", false); // rolled back by the application

            PlieRepositories repositories = plie.repositories("app-batch");
            int stored = 0;
            for (String id : List.of("PAR-APP-1", "PAR-APP-2")) {
                boolean present =
                        repositories.parcours().findById(ParcoursId.of(id)).isDefined();
                out.println(id + (present ? " : enregistré" : " : absent (transaction annulée)"));
                stored += present ? 1 : 0;
            }
            try (Connection c = appPool.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM app_case_note")) {
                rs.next();
                out.println("Notes de l'application : " + rs.getInt(1));
            }
            out.flush();
            return stored;
        }
    }

    /** The application's unit of work: its own row and plie's parcours on one connection, one transaction. */
    private static void saveWithNote(HikariDataSource pool, PlieJdbc plie, String id, boolean commit)
            throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            PlieRepositories joined = plie.join(c, "app-user-42");
            Parcours parcours = Parcours.referred(
                    ParcoursId.of(id),
                    ParticipantId.of("P-" + id),
                    new Referral(PrescriberKind.CCAS, "CCAS de Blagnac", LocalDate.of(2025, 3, 1), List.of("RSA")));
            joined.parcours().save(parcours, 0).getOrElseThrow(r -> new IllegalStateException(r.code()));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_case_note VALUES (?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, "Orientation reçue");
                ps.executeUpdate();
            }
            if (commit) {
                c.commit();
            } else {
                c.rollback();
            }
        }
    }

    public static void main(String[] args) throws SQLException {
        run("jdbc:h2:mem:embedded;DB_CLOSE_DELAY=-1", new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }
}
