package fr.plie.examples.cli;

import java.time.Clock;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --jdbc-url}, {@code --user} and {@code --password}: the plie database a command reads or writes.
 * {@code import} and {@code export} default to the demo's H2 database; {@code report} reads a database only when
 * one is named (it reads an NDJSON export otherwise).
 */
final class DatabaseOptions {
    @Option(
            names = "--jdbc-url",
            paramLabel = "URL",
            description = "Base de données plie, H2, PostgreSQL ou MariaDB (import et export : " + Store.DEFAULT_URL
                    + " par défaut).")
    String jdbcUrl;

    @Option(names = "--user", description = "Utilisateur de la base.")
    String user;

    @Option(names = "--password", description = "Mot de passe de la base.")
    String password;

    /** Whether a database was named on the command line. */
    boolean given() {
        return jdbcUrl != null;
    }

    /** The database named, or the demo's. */
    String url() {
        return jdbcUrl == null ? Store.DEFAULT_URL : jdbcUrl;
    }

    /** The database named, or the demo's, checked (see {@link DatabaseUrl}). */
    DatabaseUrl checked(Locale locale) {
        return DatabaseUrl.check(url(), locale);
    }

    /** Opens the database named, or the demo's, creating an embedded one that does not exist (import). */
    Store open(Clock clock, Locale locale) {
        return new Store(checked(locale), user, password, clock, locale);
    }

    /**
     * Opens the database named, or the demo's, to read it as it is, for a dry run: neither created nor migrated;
     * none when it does not exist.
     */
    io.vavr.control.Option<Store> openAsIs(Clock clock, Locale locale) {
        try {
            return io.vavr.control.Option.some(
                    new Store(checked(locale).existingOnly(), user, password, clock, locale, false));
        } catch (PlieCommand.ProcessingException e) {
            if (Store.isNotFound(e)) {
                return io.vavr.control.Option.none();
            }
            throw e;
        }
    }

    /** Opens the database named, or the demo's, for reading: one that does not exist is an error, not created. */
    Store openExisting(Clock clock, Locale locale) {
        return new Store(checked(locale).existingOnly(), user, password, clock, locale);
    }
}
