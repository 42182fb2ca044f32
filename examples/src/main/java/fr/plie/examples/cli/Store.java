package fr.plie.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.jdbc.PlieJdbcException;
import fr.plie.adapter.jdbc.PlieRepositories;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursWithParticipant;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.Participant;
import fr.plie.examples.cli.PlieCommand.ProcessingException;
import fr.plie.reporting.indicator.ReportedParcours;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A database opened by a command through plie-adapter-jdbc, on a HikariCP pool: H2 (embedded, the default),
 * PostgreSQL or MariaDB, whose drivers ship in the jar.
 */
final class Store implements AutoCloseable {
    /** The demo's database: {@code plie export} and {@code plie report} read it unless told otherwise. */
    static final String DEFAULT_URL = "jdbc:h2:./plie-demo/plie-demo";

    private final HikariDataSource dataSource;
    private final Locale locale;
    /** The embedded H2 file, null for any other database. */
    private final Path h2File;

    final PlieJdbc plie;

    /**
     * Opens {@code checked}; a database that does not exist is "not found" when the URL asks for an existing one
     * ({@link DatabaseUrl#existingOnly()}). An embedded H2 file is made readable by its owner only: it holds
     * personal data.
     */
    Store(DatabaseUrl checked, String user, String password, Clock clock, Locale locale) {
        this(checked, user, password, clock, locale, true);
    }

    /**
     * Opens {@code checked} as above; without {@code migrate} its tables are left as they are (a dry run reads
     * them, {@link #pendingMigrations()} says whether they are up to date).
     */
    Store(DatabaseUrl checked, String user, String password, Clock clock, Locale locale, boolean migrate) {
        this.locale = locale;
        String url = checked.given();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(checked.value());
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(2);
        config.setPoolName("plie");
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            if (isNotFound(e)) {
                throw new ProcessingException(Texts.get(locale, "db.not-found", redact(url)), e);
            }
            throw new ProcessingException(Texts.get(locale, "db.unreachable", redact(url), rootMessage(e)), e);
        }
        h2File = checked.h2DataFile();
        if (h2File != null) {
            OutputFiles.ownerOnly(h2File);
        }
        try {
            plie = PlieJdbc.builder().dataSource(dataSource).clock(clock).build();
            if (migrate) {
                plie.migrate();
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw new ProcessingException(Texts.get(locale, "db.unreachable", redact(url), rootMessage(e)), e);
        }
    }

    /**
     * Runs {@code work} in one transaction of this store: committed if it returns, rolled back if it throws. A
     * bulk load in one transaction is many times faster than one transaction per participant.
     */
    void inTransaction(String actor, Consumer<PlieRepositories> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.accept(plie.join(c, actor));
                c.commit();
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ProcessingException(Texts.get(locale, "db.failed", e.getSQLState()), e);
        }
    }

    /**
     * Streams the parcours that concern {@code period} (referred or active in it) with their pseudonymous profiles,
     * as reporting needs them: the repositories read no personal data, and the participants of each page of
     * parcours in one query ({@link fr.plie.core.parcours.ReportingSource}), never one lookup per parcours. A
     * refused or pending referral of the period counts in the first receptions; the accumulator itself decides what
     * else belongs to its period.
     */
    void forEachReported(ReportingPeriod period, Consumer<ReportedParcours> action) {
        try (Stream<ParcoursWithParticipant> stream = plie.pseudonymised().streamConcerning(period)) {
            stream.forEach(pair -> {
                Parcours p = pair.parcours();
                Participant participant = pair.participant()
                        .getOrElseThrow(() -> new ProcessingException(
                                Texts.get(locale, "db.participant-missing", p.id(), p.participant()), null));
                action.accept(new ReportedParcours(p, participant.profile()));
            });
        }
    }

    /** Applies {@code action} to the stream of every parcours (pseudonymised: no personal data is read). */
    <T> T withParcours(java.util.function.Function<Stream<Parcours>, T> action) {
        try (Stream<Parcours> stream = plie.pseudonymised().parcours().streamAll()) {
            return action.apply(stream);
        }
    }

    /**
     * Compacts an embedded H2 file and closes it: the commands open it with compaction off so that a kill cannot
     * corrupt it ({@link DatabaseUrl#H2_CRASH_SAFE}), and a large import would otherwise leave a file several
     * times the size of its data. H2 compacts into a new file renamed over the old one, so a kill meanwhile
     * leaves the old file whole. The store is closed afterwards.
     */
    void compactH2() {
        if (h2File != null) {
            try {
                plie.compactH2();
            } catch (PlieJdbcException e) {
                throw new ProcessingException(Texts.get(locale, "db.compact-failed", e.sqlState()), e);
            }
            OutputFiles.ownerOnly(h2File);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    /**
     * Whether {@code e} says the database does not exist: H2's "database not found" (90146, when a URL asks for an
     * existing database only), PostgreSQL's "invalid catalog name" (3D000), MariaDB's "unknown database" (1049).
     */
    static boolean isNotFound(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == 90146
                            || "3D000".equals(sql.getSQLState())
                            || sql.getErrorCode() == 1049)) {
                return true;
            }
        }
        return false;
    }

    /** How many of plie's migrations this database lacks (all of them when it holds no plie table). */
    int pendingMigrations() {
        return plie.pendingMigrations();
    }

    /** Whether the database holds plie's tables at some version. */
    boolean hasPlieTables() {
        return !plie.appliedMigrations().isEmpty();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }
}
