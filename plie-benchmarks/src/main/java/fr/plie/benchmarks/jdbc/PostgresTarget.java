package fr.plie.benchmarks.jdbc;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.benchmarks.data.GeneratedParcours;
import fr.plie.benchmarks.data.ParcoursGenerator;
import fr.plie.core.parcours.Parcours;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the benchmarks write to ({@code PLIE_BENCH_POSTGRES_URL}, else {@code
 * PLIE_TEST_POSTGRES_URL}, else the local test server), in a schema of their own dropped at the end. Batched
 * inserts are rewritten into multi-row statements ({@code reWriteBatchedInserts}), as a user would configure.
 */
final class PostgresTarget implements AutoCloseable {
    static final List<String> TABLES = List.of(
            "parcours",
            "decision",
            "referent_assignment",
            "step",
            "text_item",
            "interview",
            "placement",
            "evidence",
            "audit");

    final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    final String schema =
            "plie_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final PlieJdbc plie;

    PostgresTarget() {
        String url = System.getenv("PLIE_BENCH_POSTGRES_URL");
        if (url == null) {
            url = System.getenv("PLIE_TEST_POSTGRES_URL");
        }
        if (url == null) {
            url = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        }
        dataSource.setURL(url);
        dataSource.setReWriteBatchedInserts(true);
        plie = PlieJdbc.builder()
                .dataSource(dataSource)
                .schema(schema)
                .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .fetchSize(2000)
                .build();
        plie.migrate();
    }

    /**
     * The first {@code count} parcours of the shared generator ({@link ParcoursGenerator#standard()}), so that
     * the JDBC figures are measured on the same file as the reporting ones.
     */
    static List<Parcours> generate(int count) {
        return ParcoursGenerator.standard().stream(count)
                .map(GeneratedParcours::parcours)
                .toList();
    }

    String table(String name) {
        return schema + ".plie_" + name;
    }

    /** The rows of {@code tables}, each in COPY's text format, by table name. */
    Map<String, byte[]> copyOut(List<String> tables) throws SQLException, IOException {
        Map<String, byte[]> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                copy.copyOut("COPY " + table(table) + " TO STDOUT", out);
                rows.put(table, out.toByteArray());
            }
        }
        return rows;
    }

    /** The baseline: {@code COPY FROM STDIN} of rows taken by {@link #copyOut}, in one transaction. */
    long copyIn(Map<String, byte[]> rows) throws SQLException, IOException {
        long copied = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, byte[]> table : rows.entrySet()) {
                copied += copy.copyIn(
                        "COPY " + table(table.getKey()) + " FROM STDIN", new ByteArrayInputStream(table.getValue()));
            }
            c.commit();
        }
        return copied;
    }

    void truncate() throws SQLException {
        execute("TRUNCATE " + String.join(", ", TABLES.stream().map(this::table).toList()));
    }

    void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }
}
