package fr.plie.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.adapter.jdbc.testing.DatabaseServer;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursWithParticipant;
import fr.plie.core.parcours.ReportingPeriod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The stream contract on Postgres, and what its thread reading ahead does when the server goes away. */
class PostgresStreamTest extends StreamContract {
    @Override
    DatabaseServer kind() {
        return DatabaseServer.POSTGRESQL;
    }

    @Test
    void a_server_connection_cut_while_reading_ahead_fails_the_stream_with_the_database_error() throws Exception {
        List<Parcours> all = storedInOrder(12);
        FaultyDataSource counted = new FaultyDataSource(db.dataSource);
        PlieRepositories tiny = small(counted);
        List<Parcours> seen = new ArrayList<>();

        assertThatThrownBy(() -> {
                    try (Stream<ParcoursWithParticipant> stream = tiny.streamConcerning(ReportingPeriod.year(2023))) {
                        stream.forEach(p -> {
                            if (seen.isEmpty()) {
                                terminateStreamBackend();
                            }
                            seen.add(p.parcours());
                        });
                    }
                })
                .isInstanceOf(PlieJdbcException.class)
                .hasMessageStartingWith("reading parcours failed");
        assertThat(seen).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(all).startsWith(seen.toArray(Parcours[]::new));
        assertThat(counted.openConnections()).isZero();
        assertThat(readersAlive()).isEmpty();
    }

    /** Ends, from another connection, the server process of the stream reading this test's schema. */
    private void terminateStreamBackend() {
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE pid <> pg_backend_pid() AND query LIKE ?")) {
            ps.setString(1, "%" + db.schema + "%");
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("the stream's server process").isTrue();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
