package fr.plie.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.plie.adapter.jdbc.BatchImport;
import fr.plie.adapter.jdbc.ImportLine;
import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.benchmarks.Interleaved;
import fr.plie.benchmarks.data.GeneratedParcours;
import fr.plie.benchmarks.data.ParcoursGenerator;
import io.vavr.control.Option;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bulk import into PostgreSQL as {@code plie import} stores a file: the generator's parcours, each line with
 * its participant, through {@link BatchImport} in batches of 500 (the command's default), each batch one
 * transaction with its participants, audit records and journal row; first {@code store} alone (the bulk import
 * API), then {@code check} and {@code store} of every batch (the command's two readings). Baseline: {@code COPY
 * ... FROM STDIN} of exactly the rows the import wrote (taken with {@code COPY TO} after a first import), in one
 * transaction. Both sides start from empty tables (emptied untimed) and run {@link Interleaved}. The import runs
 * on a HikariCP pool of 2 connections, as {@code plie import --jdbc-url} does.
 *
 * <p>{@code java -cp plie-benchmarks/target/benchmarks.jar fr.plie.benchmarks.jdbc.BulkImportMain [count
 * [rounds]]}, in a schema of its own dropped at the end.
 */
public final class BulkImportMain {
    private static final int BATCH = 500;
    /** Every table an import writes, parents first. */
    private static final List<String> TABLES = java.util.stream.Stream.of(
                    List.of("participant", "barrier", "personal_data"),
                    PostgresTarget.TABLES,
                    List.of("import_journal"))
            .flatMap(List::stream)
            .toList();

    private BulkImportMain() {}

    /**
     * Measures both pairs and prints one Markdown line each.
     *
     * @param args the lines to import (default 100,000) and the measured rounds (default 5)
     * @throws Exception if the database fails
     */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<List<ImportLine>> batches = new ArrayList<>();
        List<GeneratedParcours> all = ParcoursGenerator.standard().stream(count).toList();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<ImportLine> batch = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(all.size(), from + BATCH); i++) {
                GeneratedParcours g = all.get(i);
                batch.add(new ImportLine(i + 1L, g.parcours(), Option.some(g.participant())));
            }
            batches.add(batch);
        }
        try (PostgresTarget target = new PostgresTarget();
                HikariDataSource pool = pool(target)) {
            PlieJdbc plie = PlieJdbc.builder()
                    .dataSource(pool)
                    .schema(target.schema)
                    .clock(java.time.Clock.systemUTC())
                    .build();
            Runnable empty = () -> execute(
                    target,
                    "TRUNCATE "
                            + String.join(
                                    ", ", TABLES.stream().map(target::table).toList()));
            long lines = importAll(plie, batches, false);
            Map<String, byte[]> rows = target.copyOut(TABLES);
            List<Interleaved> pairs = List.of(
                    Interleaved.measure(
                            "`BatchImport.store` of " + String.format(Locale.ROOT, "%,d", lines)
                                    + " lines with their participants, batches of " + BATCH,
                            () -> importAll(plie, batches, false),
                            "COPY FROM of the same rows",
                            () -> copyIn(target, rows),
                            empty,
                            1,
                            1,
                            rounds),
                    Interleaved.measure(
                            "`BatchImport.check` then `store` of every batch (as `plie import`)",
                            () -> importAll(plie, batches, true),
                            "COPY FROM of the same rows",
                            () -> copyIn(target, rows),
                            empty,
                            1,
                            1,
                            rounds));
            pairs.forEach(p -> System.out.println(p.markdown()));
        }
    }

    private static HikariDataSource pool(PostgresTarget target) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.dataSource.getURL());
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    private static long importAll(PlieJdbc plie, List<List<ImportLine>> batches, boolean check) {
        BatchImport importer = plie.batchImport("BENCH", "bench-import", false);
        long stored = 0;
        for (int b = 0; b < batches.size(); b++) {
            List<ImportLine> batch = batches.get(b);
            if (check && !importer.check(batch, id -> false).isEmpty()) {
                throw new IllegalStateException("conflicts in batch " + b);
            }
            var result = importer.store(b, batch);
            if (result.isLeft()) {
                throw new IllegalStateException("conflicts in batch " + b + ": " + result.getLeft());
            }
            stored += result.get().parcoursCreated();
        }
        return stored;
    }

    private static long copyIn(PostgresTarget target, Map<String, byte[]> rows) {
        try {
            return target.copyIn(rows);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("copying in", e);
        }
    }

    private static void execute(PostgresTarget target, String sql) {
        try {
            target.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
