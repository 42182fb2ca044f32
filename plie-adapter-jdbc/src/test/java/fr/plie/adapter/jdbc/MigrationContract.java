package fr.plie.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.jdbc.testing.DatabaseServer;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.Profile;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** plie's migrations: from nothing, again (a no-op), and inside a database that already holds a vendor's tables. */
abstract class MigrationContract extends DatabaseTest {
    @Override
    boolean migrated() {
        return false;
    }

    /** The migrations of an empty database: 1, 1.1, 1.2, 1.3, 1.17, 1.19, 1.20 (and 1.3.1 on MariaDB). */
    private int MIGRATIONS;

    @org.junit.jupiter.api.BeforeEach
    void countMigrations() {
        MIGRATIONS = db.kind == DatabaseServer.MARIADB ? 9 : 8; // V1_23 adds the list page indexes
    }

    @Test
    void migrating_an_empty_database_creates_the_tables_and_migrating_again_changes_nothing() {
        PlieJdbc first = store("plie_");
        assertThat(first.migrate()).isEqualTo(MIGRATIONS);
        assertThat(first.migrate()).isZero();
        assertThat(store("plie_").migrate()).isZero();
        assertThat(first.appliedMigrations())
                .containsExactlyElementsOf(
                        db.kind == DatabaseServer.MARIADB
                                ? java.util.List.of("1", "1.1", "1.2", "1.3", "1.3.1", "1.17", "1.19", "1.20", "1.23")
                                : java.util.List.of("1", "1.1", "1.2", "1.3", "1.17", "1.19", "1.20", "1.23"));
        Parcours p = ParcoursFixture.enteredOn("PAR-M", ENTRY).build();
        assertThat(first.repositories("REF-01").parcours().save(p, 0).isRight()).isTrue();
    }

    @Test
    void plie_migrates_beside_a_vendors_own_tables_even_one_named_like_its_own_and_leaves_them_alone() {
        createSchema();
        db.execute(
                "CREATE TABLE " + db.table("parcours") + " (id INT PRIMARY KEY, label VARCHAR(50))",
                "INSERT INTO " + db.table("parcours") + " VALUES (1, 'dossier du logiciel éditeur')",
                "CREATE TABLE " + db.table("flyway_schema_history")
                        + " (installed_rank INT PRIMARY KEY, note VARCHAR(50))",
                "INSERT INTO " + db.table("flyway_schema_history") + " VALUES (1, 'the vendor''s own Flyway')",
                "CREATE TABLE " + db.table("audit") + " (what VARCHAR(50))");

        PlieJdbc plie = store("plie_");
        assertThat(plie.migrate()).isEqualTo(MIGRATIONS);
        PlieJdbc other = store("acme_plie_");
        assertThat(other.migrate()).isEqualTo(MIGRATIONS);

        Parcours p = ParcoursFixture.enteredOn("PAR-V", ENTRY).build();
        assertThat(plie.repositories("REF-01").parcours().save(p, 0).isRight()).isTrue();
        assertThat(plie.repositories("REF-01").parcours().findById(p.id())).isEqualTo(Option.some(p));
        assertThat(other.repositories("REF-01").parcours().findById(p.id())).isEqualTo(Option.none());
        assertThat(query("SELECT label FROM " + db.table("parcours"))).containsExactly("dossier du logiciel éditeur");
        assertThat(query("SELECT note FROM " + db.table("flyway_schema_history")))
                .containsExactly("the vendor's own Flyway");
        assertThat(query("SELECT COUNT(*) FROM " + db.table("audit"))).containsExactly("0");
        assertThat(plie.migrate()).isZero();
    }

    @Test
    void a_database_of_version_1_1_upgrades_and_its_participants_read_as_not_in_career_change() {
        createSchema();
        PlieJdbc plie = store("plie_");
        assertThat(plie.migrateTo("1.1")).isEqualTo(2);
        db.execute("INSERT INTO " + db.table("plie_participant")
                + " VALUES ('P-OLD', DATE '1980-04-02', 'FEMALE', '24322', FALSE, 'LEVEL_3', NULL, 'RSA', FALSE,"
                + " 'NONE', TRUE, 'UNEMPLOYED', FALSE, FALSE, FALSE, FALSE)");

        assertThat(plie.migrate()).isEqualTo(MIGRATIONS - 2);

        Profile profile = plie.repositories("REF-01")
                .participants()
                .findById(ParticipantId.of("P-OLD"))
                .get()
                .profile();
        assertThat(profile.careerChange()).isFalse();
        assertThat(profile.singleParent()).isTrue();
        assertThat(profile.minimumIncomes()).containsExactly(MinimumIncome.RSA);
        // stored before unknown facts existed: every fact reads as recorded
        assertThat(profile.unknownFacts()).isEmpty();
    }

    @Test
    void a_database_of_version_1_17_upgrades_without_the_unread_counts_and_its_parcours_read_back() {
        createSchema();
        PlieJdbc plie = store("plie_");
        plie.migrateTo("1.17");
        // a referral stored by an earlier release, with its referent and evidence counts
        db.execute("INSERT INTO " + db.table("plie_parcours") + " (id, participant_id, version, status,"
                + " prescriber_kind, prescriber_organisation, referral_date, decision_count, referent_count,"
                + " step_count, interview_count, placement_count, evidence_count) VALUES ('PAR-OLD', 'P-OLD', 1,"
                + " 'REFERRED', 'CCAS', 'CCAS de Blagnac', DATE '2023-03-01', 0, 0, 0, 0, 0, 0)");
        assertThat(query("SELECT referent_count FROM " + db.table("plie_parcours")))
                .containsExactly("0");

        assertThat(plie.migrate()).isEqualTo(3); // 1.19, 1.20 and 1.23

        Parcours old = plie.repositories("REF-01")
                .parcours()
                .findById(fr.plie.core.parcours.ParcoursId.of("PAR-OLD"))
                .get();
        assertThat(old.referral().date()).isEqualTo(java.time.LocalDate.of(2023, 3, 1));
        assertThat(old.referral().prescriberOrganisation()).isEqualTo("CCAS de Blagnac");
        assertThat(columns("plie_parcours"))
                .doesNotContain("referent_count", "evidence_count")
                .contains("decision_count", "step_count");
        Parcours p = ParcoursFixture.enteredOn("PAR-NEW", ENTRY).build();
        assertThat(plie.repositories("REF-01").parcours().save(p, 0).isRight()).isTrue();
        assertThat(plie.repositories("REF-01").parcours().findById(p.id())).isEqualTo(Option.some(p));
    }

    /** The lower-cased column names of a table, from the driver's metadata. */
    private List<String> columns(String table) {
        try (Connection c = db.dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + db.table(table) + " WHERE 1 = 0")) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void createSchema() {
        if (db.schema != null) {
            db.execute(
                    db.kind == DatabaseServer.MARIADB ? "CREATE DATABASE " + db.schema : "CREATE SCHEMA " + db.schema);
        }
    }

    private PlieJdbc store(String prefix) {
        PlieJdbc.Builder builder =
                PlieJdbc.builder().dataSource(db.dataSource).tablePrefix(prefix).clock(ParcoursFixture.CLOCK);
        if (db.schema != null) {
            builder.schema(db.schema);
        }
        return builder.build();
    }

    private List<String> query(String sql) {
        try (Connection c = db.dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
