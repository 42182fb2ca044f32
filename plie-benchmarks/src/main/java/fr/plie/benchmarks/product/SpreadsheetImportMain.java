package fr.plie.benchmarks.product;

import fr.plie.adapter.json.NdjsonWriter;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.benchmarks.data.GeneratedParcours;
import fr.plie.benchmarks.data.ParcoursGenerator;
import fr.plie.benchmarks.memory.HeapUse;
import fr.plie.examples.cli.PlieCommand;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code plie import FILE.csv --jdbc-url URL} of about 100,000 spreadsheet rows into a database, run in-process
 * through the command itself ({@link PlieCommand#execute}: the mapping, the check reading, the batched, journaled
 * storing), against the baseline {@code plie import FILE.ndjson --jdbc-url URL} of the same parcours (the NDJSON
 * export of the database the spreadsheet went into), each into a new database (embedded H2; and PostgreSQL, a new
 * schema each time, when {@code PLIE_BENCH_POSTGRES_URL} is set). The rows are the default mapping's CSV, as
 * {@code plie export --format csv} writes it, of the shared {@link ParcoursGenerator}'s first parcours. After one
 * warm-up of each, the two imports run interleaved in alternating order; it prints the median time, rows/s and the
 * range of the rounds of each, the median and range of the per-round ratios, and the peak heap of each import
 * (pool peaks reset before each; run it with {@code -Xmx256m}).
 *
 * <p>{@code java -Xmx256m -cp plie-benchmarks/target/benchmarks.jar
 * fr.plie.benchmarks.product.SpreadsheetImportMain [rows [rounds]]}
 */
public final class SpreadsheetImportMain {
    private static final String POSTGRES = System.getenv("PLIE_BENCH_POSTGRES_URL");

    private SpreadsheetImportMain() {}

    public static void main(String[] args) throws Exception {
        int targetRows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("plie-bench-import");
        try {
            HeapUse.orFail("the import of " + targetRows + " spreadsheet rows", () -> run(dir, targetRows, rounds));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path dir, int targetRows, int rounds) {
        // rows per parcours of the default mapping, from a sample, to size the file
        Path sample = spreadsheet(dir, "sample", 2_000);
        double perParcours = rows(sample) / 2_000.0;
        // a margin over the sample's ratio, so the file has at least the rows asked
        int parcours = (int) Math.ceil(targetRows * 1.01 / perParcours);
        Path csv = spreadsheet(dir, "rows", parcours);
        long rows = rows(csv);
        // the baseline's input: the same parcours, as the NDJSON export of the database the spreadsheet went into
        String first = h2(dir, "first");
        plie("import", csv.toString(), "--jdbc-url", first);
        Path ndjson = dir.resolve("same.ndjson");
        plie("export", "--jdbc-url", first, "-o", ndjson.toString());
        List<String> targets = new ArrayList<>(List.of("H2"));
        if (POSTGRES != null) {
            targets.add("PostgreSQL");
        }
        for (String target : targets) {
            int[] run = {0};
            java.util.function.Supplier<String> fresh = () ->
                    target.equals("H2") ? h2(dir, "r" + run[0]++) : postgresSchema("plie_bench_import_" + run[0]++);
            // warm-up: one of each, not counted
            importInto(csv, fresh.get());
            importInto(ndjson, fresh.get());
            double[] csvSeconds = new double[rounds];
            double[] ndjsonSeconds = new double[rounds];
            long csvPeak = 0;
            long ndjsonPeak = 0;
            for (int r = 0; r < rounds; r++) {
                // alternate which goes first, so drift of the shared machine weighs on both alike
                for (int k = 0; k < 2; k++) {
                    boolean spreadsheet = (r + k) % 2 == 0;
                    String url = fresh.get();
                    resetPeaks();
                    double seconds = importInto(spreadsheet ? csv : ndjson, url);
                    long peak = peakHeap();
                    if (spreadsheet) {
                        csvSeconds[r] = seconds;
                        csvPeak = Math.max(csvPeak, peak);
                    } else {
                        ndjsonSeconds[r] = seconds;
                        ndjsonPeak = Math.max(ndjsonPeak, peak);
                    }
                }
            }
            if (target.equals("PostgreSQL")) {
                for (int i = 0; i < run[0]; i++) {
                    dropSchema("plie_bench_import_" + i);
                }
            }
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = csvSeconds[r] / ndjsonSeconds[r];
            }
            long max = Runtime.getRuntime().maxMemory() >> 20;
            System.out.println(String.format(
                    Locale.ROOT,
                    "  - `plie import` into %s (a new database each run) of %,d CSV rows (%,d parcours, %.1f MB):"
                            + " %.1f s, %,.0f rows/s (range %.1f-%.1f s), peak heap %d MiB of %d MiB",
                    target,
                    rows,
                    parcours,
                    size(csv) / 1e6,
                    median(csvSeconds),
                    rows / median(csvSeconds),
                    min(csvSeconds),
                    max(csvSeconds),
                    csvPeak >> 20,
                    max));
            System.out.println(String.format(
                    Locale.ROOT,
                    "  - baseline `plie import` into %s of the same %,d parcours as NDJSON (%.1f MB): %.1f s,"
                            + " %,.0f parcours/s (range %.1f-%.1f s), peak heap %d MiB of %d MiB",
                    target,
                    parcours,
                    size(ndjson) / 1e6,
                    median(ndjsonSeconds),
                    parcours / median(ndjsonSeconds),
                    min(ndjsonSeconds),
                    max(ndjsonSeconds),
                    ndjsonPeak >> 20,
                    max));
            System.out.println(String.format(
                    Locale.ROOT,
                    "  - CSV / NDJSON on %s: median %.2f, range %.2f-%.2f (%d interleaved rounds after one warm-up"
                            + " each)",
                    target,
                    median(ratios),
                    min(ratios),
                    max(ratios),
                    rounds));
        }
    }

    /** The CSV {@code plie export --format csv} writes (default mapping) of the first {@code count} parcours. */
    private static Path spreadsheet(Path dir, String name, int count) {
        Path generated = dir.resolve(name + "-generated.ndjson");
        PlieJson json = PlieJson.create();
        try (OutputStream out = Files.newOutputStream(generated);
                NdjsonWriter<ParcoursDocument> writer = json.writeNdjson(PlieDocument.PARCOURS, out)) {
            ParcoursGenerator.standard().stream(count)
                    .forEach((GeneratedParcours g) -> writer.write(ParcoursDocument.of(g.parcours(), g.participant())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = h2(dir, name);
        plie("import", generated.toString(), "--jdbc-url", url);
        Path csv = dir.resolve(name + ".csv");
        plie("export", "--jdbc-url", url, "--format", "csv", "-o", csv.toString());
        return csv;
    }

    /** {@code plie import FILE --jdbc-url URL}, timed. */
    private static double importInto(Path file, String url) {
        long start = System.nanoTime();
        plie("import", file.toString(), "--jdbc-url", url);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Runs the {@code plie} command in this JVM; fails on a non-zero exit code. */
    private static void plie(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlieCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException("plie " + String.join(" ", args) + " exited with " + code + ": " + err);
        }
    }

    private static String h2(Path dir, String name) {
        return "jdbc:h2:" + dir.toAbsolutePath().resolve(name);
    }

    /** A new, empty schema of the benchmark PostgreSQL database, as a URL the command opens. */
    private static String postgresSchema(String schema) {
        dropSchema(schema);
        sql("CREATE SCHEMA " + schema);
        return POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void dropSchema(String schema) {
        sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void sql(String statement) {
        try (Connection c = DriverManager.getConnection(POSTGRES);
                Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    /** The data rows of a CSV file: its lines but the header. */
    private static long rows(Path csv) {
        try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            return lines.count() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the peak heap used). */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
