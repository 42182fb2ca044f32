package fr.plie.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.jdbc.PlieRepositories;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.Profile;
import fr.plie.examples.cli.PlieCommand.ProcessingException;
import fr.plie.reporting.indicator.ReportedParcours;
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
    final PlieJdbc plie;

    Store(String url, String user, String password, Clock clock, Locale locale) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
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
            throw new ProcessingException(Texts.get(locale, "db.unreachable", redact(url), rootMessage(e)), e);
        }
        try {
            plie = PlieJdbc.builder().dataSource(dataSource).clock(clock).build();
            plie.migrate();
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
            throw new ProcessingException(e.getMessage(), e);
        }
    }

    /**
     * Streams every parcours with its pseudonymous profile, as reporting needs them (the repositories read no
     * personal data). Every one, not only those active in the period: a referral refused or still pending counts
     * in the first receptions, and the accumulator itself decides what belongs to its period.
     */
    void forEachReported(Consumer<ReportedParcours> action) {
        var reporting = plie.pseudonymised();
        try (Stream<Parcours> stream = reporting.parcours().streamAll()) {
            stream.forEach(p -> {
                Profile profile = reporting
                        .participants()
                        .findById(p.participant())
                        .map(Participant::profile)
                        .getOrElseThrow(
                                () -> new ProcessingException("participant " + p.participant() + " missing", null));
                action.accept(new ReportedParcours(p, profile));
            });
        }
    }

    /** Applies {@code action} to the stream of every parcours (pseudonymised: no personal data is read). */
    <T> T withParcours(java.util.function.Function<Stream<Parcours>, T> action) {
        try (Stream<Parcours> stream = plie.pseudonymised().parcours().streamAll()) {
            return action.apply(stream);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }
}
