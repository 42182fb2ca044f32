package fr.plie.benchmarks.indicators;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.jdbc.PlieRepositories;
import fr.plie.benchmarks.data.GeneratedParcours;
import fr.plie.benchmarks.data.ParcoursGenerator;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursWithParticipant;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportingOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A generated file stored in PostgreSQL by plie-adapter-jdbc, in a schema of its own that {@link #close()} drops:
 * what a PLIE running plie on its own database has, and what both the SQL baseline and the adapter's stream read.
 * The schema is kept between the forks of one run, which would otherwise each store the same file again, and
 * dropped at the end of the run by {@link #main}.
 */
public final class PostgresFile implements AutoCloseable {
    /** The server, from {@code PLIE_BENCH_POSTGRES_URL}; user postgres, database test by default. */
    public static final String URL = System.getenv()
            .getOrDefault("PLIE_BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    /** The tables of a parcours' child rows, by their names without prefix. */
    public static final List<String> CHILD_TABLES =
            List.of("decision", "referent_assignment", "step", "text_item", "interview", "placement", "evidence");

    /** The tables a pseudonymised report reads. */
    private static final List<String> READ_TABLES = Stream.concat(
                    Stream.of("parcours", "participant", "barrier"), CHILD_TABLES.stream())
            .toList();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-31T18:00:00Z"), ZoneOffset.UTC);
    private static final int CHUNK = 1000;
    private static final int WRITERS = 3;

    private final HikariDataSource dataSource;
    private final PlieJdbc plie;
    private final String schema;

    private PostgresFile(HikariDataSource dataSource, PlieJdbc plie, String schema) {
        this.dataSource = dataSource;
        this.plie = plie;
        this.schema = schema;
    }

    /**
     * The file of parcours 0 to size - 1 in {@code schema}: reused when a previous fork of the same run stored it
     * completely, else stored afresh (dropping what an interrupted run left). Participants are saved one by one,
     * as the port allows, by {@value #WRITERS} connections in parallel; parcours by batches of {@value #CHUNK}.
     */
    public static PostgresFile open(String schema, ParcoursGenerator generator, int size) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setMaximumPoolSize(WRITERS + 1);
        // the benchmark's own file: no need to wait for the disk at each commit while storing it
        config.setConnectionInitSql("SET synchronous_commit = off");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            PlieJdbc.Builder builder =
                    PlieJdbc.builder().dataSource(ds).schema(schema).clock(CLOCK);
            // the stream's settings, to compare them (docs/benchmarks.md); the library's defaults otherwise
            Integer batch = Integer.getInteger("plie.bench.streamBatch");
            Integer fetch = Integer.getInteger("plie.bench.fetchSize");
            if (batch != null) {
                builder.streamBatch(batch);
            }
            if (fetch != null) {
                builder.fetchSize(fetch);
            }
            PlieJdbc plie = builder.build();
            if (!complete(ds, schema, size)) {
                dropSchema(ds, schema);
                plie.migrate();
                store(ds, plie, generator, size);
                try (Connection c = ds.getConnection();
                        Statement st = c.createStatement()) {
                    // every table the report reads: with autovacuum off (as on the benchmark machine) no statistics
                    // come otherwise, and the planner then scans a table per page where it would use its index
                    for (String table : READ_TABLES) {
                        st.execute("ANALYZE " + schema + ".plie_" + table);
                    }
                    st.execute("CREATE TABLE " + schema + ".bench_complete (size INT NOT NULL)");
                    st.execute("INSERT INTO " + schema + ".bench_complete VALUES (" + size + ")");
                }
            }
            return new PostgresFile(ds, plie, schema);
        } catch (SQLException | RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private static boolean complete(javax.sql.DataSource ds, String schema, int size) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = 'bench_complete'")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
            }
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT size FROM " + schema + ".bench_complete")) {
                return rs.next() && rs.getInt(1) == size;
            }
        }
    }

    private static void store(HikariDataSource ds, PlieJdbc plie, ParcoursGenerator generator, int size)
            throws SQLException {
        List<java.util.concurrent.CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int first = w;
            writers.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    PlieRepositories repositories = plie.join(c, "benchmark");
                    List<Parcours> chunk = new ArrayList<>(CHUNK);
                    for (int i = first; i < size; i += WRITERS) {
                        GeneratedParcours g = generator.generate(i);
                        repositories
                                .participants()
                                .save(g.participant())
                                .getOrElseThrow(r -> new IllegalStateException(r.message(Locale.ENGLISH)));
                        chunk.add(g.parcours());
                        if (chunk.size() == CHUNK) {
                            store(repositories, chunk);
                            c.commit();
                        }
                    }
                    store(repositories, chunk);
                    c.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException("storing the generated file", e);
                }
            }));
        }
        writers.forEach(java.util.concurrent.CompletableFuture::join);
    }

    private static void store(PlieRepositories repositories, List<Parcours> chunk) {
        if (!chunk.isEmpty()) {
            repositories.saveNew(chunk).getOrElseThrow(r -> new IllegalStateException(r.code()));
            chunk.clear();
        }
    }

    /**
     * The baseline: the three figures by SQL over plie's tables, as an analyst would write it. The employment an
     * exit was pronounced on is the one going on at the exit date, else the last one started before it.
     */
    public KeyFigures sql(ReportingPeriod period) throws SQLException {
        String positive = Arrays.stream(ExitCategory.values())
                .filter(ExitCategory::isPositive)
                .map(c -> "'" + c.name() + "'")
                .collect(Collectors.joining(", "));
        String p = schema + ".plie_parcours";
        String s = schema + ".plie_step";
        String query = "WITH exits AS ("
                + " SELECT id, exit_date, exit_category FROM " + p
                + " WHERE entry_date IS NOT NULL AND exit_date BETWEEN ? AND ?),"
                + " job AS (SELECT DISTINCT ON (e.id) e.id, s.contract_type, s.start_date,"
                + "   COALESCE(s.planned_end, s.end_date) AS job_end"
                + "   FROM exits e JOIN " + s + " s ON s.parcours_id = e.id"
                + "   AND s.kind = 'EMPLOYMENT' AND s.start_date <= e.exit_date"
                + "   WHERE e.exit_category = 'POSITIVE_EMPLOYMENT'"
                + "   ORDER BY e.id, (s.end_date IS NULL OR s.end_date >= e.exit_date) DESC,"
                + "   CASE WHEN s.end_date IS NULL OR s.end_date >= e.exit_date THEN s.pos END, s.start_date DESC, s.pos)"
                + " SELECT (SELECT count(*) FROM " + p
                + "   WHERE entry_date IS NOT NULL AND entry_date <= ? AND (exit_date IS NULL OR exit_date >= ?)),"
                + " (SELECT count(*) FROM exits),"
                + " (SELECT count(*) FROM exits WHERE exit_category IN (" + positive + ")),"
                + " (SELECT count(*) FROM job WHERE contract_type = 'CDI'),"
                + " (SELECT count(*) FROM job WHERE contract_type = 'CDD'"
                + "   AND job_end > start_date + INTERVAL '6 months'),"
                + " (SELECT count(*) FROM exits WHERE exit_category = 'POSITIVE_CREATION'),"
                + " (SELECT count(*) FROM job WHERE contract_type <> 'CDI' AND NOT (contract_type = 'CDD'"
                + "   AND job_end IS NOT NULL AND job_end > start_date + INTERVAL '6 months')),"
                + " (SELECT count(*) FROM exits WHERE exit_category = 'POSITIVE_EMPLOYMENT')"
                + "   - (SELECT count(*) FROM job)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(query)) {
            ps.setObject(1, period.from());
            ps.setObject(2, period.to());
            ps.setObject(3, period.to());
            ps.setObject(4, period.from());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new KeyFigures(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8));
            }
        }
    }

    /**
     * plie-reporting fed by the adapter: the parcours concerning the period streamed by the pseudonymised
     * (reporting) repositories together with their participants, read page by page. The check before measuring
     * compares its figures with SQL's, so a parcours left out for want of its participant would be caught.
     */
    public IndicatorReport report(ReportingPeriod period, ReportingOptions options) {
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(period, options);
        try (Stream<ParcoursWithParticipant> stream = plie.pseudonymised().streamConcerning(period)) {
            stream.forEach(
                    p -> accumulator.add(p.parcours(), p.participant().get().profile()));
        }
        return accumulator.report();
    }

    /** Whether the three ways of computing were found equal on this stored file. */
    public boolean checked() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.tables"
                        + " WHERE table_schema = ? AND table_name = 'bench_checked'")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Records that the three ways of computing gave the same figures on this stored file. */
    public void markChecked() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + schema + ".bench_checked (ok BOOLEAN)");
        }
    }

    /** Releases the connections; the schema stays for the next fork of the run, see {@link #main}. */
    @Override
    public void close() {
        dataSource.close();
    }

    /**
     * {@code drop SCHEMA...}: drops the benchmark schemas at the end of a run ({@code run.sh} does it); {@code
     * time COUNT}: how long storing COUNT parcours takes, in a schema dropped afterwards.
     */
    public static void main(String[] args) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setMaximumPoolSize(1);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            for (int i = 1; i < args.length && args[0].equals("drop"); i++) {
                dropSchema(ds, args[i]);
            }
        }
        if (args.length == 2 && args[0].equals("time")) {
            long start = System.nanoTime();
            String schema = "plie_bench_timing";
            try (PostgresFile file = open(schema, ParcoursGenerator.standard(), Integer.parseInt(args[1]))) {
                System.out.printf("stored %s parcours in %.1f s%n", args[1], (System.nanoTime() - start) / 1e9);
            }
            main(new String[] {"drop", schema});
        }
    }

    private static void dropSchema(javax.sql.DataSource ds, String schema) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
