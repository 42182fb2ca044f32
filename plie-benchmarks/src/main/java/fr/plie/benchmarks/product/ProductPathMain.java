package fr.plie.benchmarks.product;

import fr.plie.benchmarks.Interleaved;
import fr.plie.benchmarks.data.ParcoursGenerator;
import fr.plie.benchmarks.indicators.PostgresFile;
import fr.plie.benchmarks.memory.HeapUse;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportingOptions;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The product path end to end: the report of 2024 as {@code plie report --jdbc-url} computes it (the pseudonymised
 * repositories' batched stream of the parcours concerning the period with their participants, into the indicator
 * accumulator) over parcours stored in PostgreSQL, against {@code COPY ... TO STDOUT} of the same rows through the
 * driver's {@link CopyManager} (the least a reader of those rows can cost). Both run interleaved in this JVM, in
 * alternating order, after one warm-up round each; it prints the median of the per-round ratios and their
 * interquartile range, and the peak heap (run it with {@code -Xmx512m}).
 *
 * <p>{@code java -Xmx512m -cp plie-benchmarks/target/benchmarks.jar fr.plie.benchmarks.product.ProductPathMain
 * [count [rounds]]}; the stored file is kept in schema {@code plie_bench_product_COUNT} for the next run.
 */
public final class ProductPathMain {
    private static final ReportingPeriod PERIOD = ReportingPeriod.year(2024);
    private static final ReportingOptions OPTIONS = ReportingOptions.asOf(LocalDate.of(2025, 12, 31));
    /** The report's filter on the root table {@code p}: referred in the period, or active in it. */
    private static final String CONCERNING = "((p.referral_date >= DATE '2024-01-01' AND p.referral_date <= DATE"
            + " '2024-12-31') OR (p.entry_date <= DATE '2024-12-31' AND (p.exit_date IS NULL OR p.exit_date >= DATE"
            + " '2024-01-01')))";

    private ProductPathMain() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String schema = "plie_bench_product_" + count;
        long storing = System.nanoTime();
        try (PostgresFile file = PostgresFile.open(schema, ParcoursGenerator.standard(), count);
                Connection copy = DriverManager.getConnection(PostgresFile.URL)) {
            double stored = (System.nanoTime() - storing) / 1e9;
            CopyManager copier = copy.unwrap(PGConnection.class).getCopyAPI();
            List<String> queries = copyQueries(schema);
            long[] rows = new long[1];
            HeapUse.orFail("the report of " + count + " stored parcours", () -> {
                IndicatorReport report = file.report(PERIOD, OPTIONS);
                rows[0] = copyOut(copier, queries);
                Interleaved pair = Interleaved.measure(
                        "the report through `streamConcerning`",
                        () -> file.report(PERIOD, OPTIONS),
                        "COPY TO of the same rows",
                        () -> copyOut(copier, queries),
                        1,
                        0,
                        rounds);
                System.out.println(String.format(
                        Locale.ROOT,
                        "  - product path over %,d parcours stored in PostgreSQL (schema %s%s): report of 2024 (active"
                                + " file %,d) %.2f s, COPY TO of the same %,d rows %.2f s (medians of %d interleaved"
                                + " rounds; aim: within 2x)",
                        count,
                        schema,
                        stored > 5 ? String.format(Locale.ROOT, ", stored in %.0f s", stored) : ", reused",
                        report.count(Indicator.ACTIVE_FILE),
                        Interleaved.quantile(pair.candidateSeconds(), 0.5),
                        rows[0],
                        Interleaved.quantile(pair.baselineSeconds(), 0.5),
                        rounds));
                System.out.println(pair.markdown());
                System.out.println(
                        HeapUse.now().markdown((long) count * (rounds + 1), 0).replaceFirst("time [^;]*; ", ""));
            });
        }
    }

    /** The rows the report reads, as the pseudonymised repositories read them (no personal data). */
    private static List<String> copyQueries(String schema) {
        String t = schema + ".plie_";
        List<String> queries = new ArrayList<>();
        queries.add("SELECT p.* FROM " + t + "parcours p WHERE " + CONCERNING);
        for (String child : PostgresFile.CHILD_TABLES) {
            queries.add("SELECT c.* FROM " + t + child + " c JOIN " + t + "parcours p ON p.id = c.parcours_id WHERE "
                    + CONCERNING);
        }
        String participants = "(SELECT p.participant_id FROM " + t + "parcours p WHERE " + CONCERNING + ")";
        queries.add("SELECT a.* FROM " + t + "participant a WHERE a.id IN " + participants);
        queries.add("SELECT b.* FROM " + t + "barrier b WHERE b.participant_id IN " + participants);
        return queries;
    }

    /** Copies every query out, discarding the bytes; returns the rows copied. */
    private static long copyOut(CopyManager copier, List<String> queries) {
        long rows = 0;
        try {
            for (String q : queries) {
                rows += copier.copyOut("COPY (" + q + ") TO STDOUT", OutputStream.nullOutputStream());
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("copying out", e);
        }
        return rows;
    }
}
