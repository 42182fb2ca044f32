package fr.plie.examples.cli;

import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A JDBC URL given on the command line, checked before any driver sees it. H2 runs SQL and Java named in its URL
 * ({@code INIT=RUNSCRIPT FROM ...}, which may {@code CREATE ALIAS} a method calling a shell): only the H2
 * settings listed here, which tune the connection and run nothing, are accepted. The PostgreSQL and MariaDB
 * drivers load classes named in their URLs (socket and SSL factories, authentication plugins, loggers writing
 * files): those parameters are refused. Only H2, PostgreSQL and MariaDB (or MySQL) URLs are accepted.
 */
final class DatabaseUrl {
    /** The H2 settings that configure the connection without running anything. */
    static final Set<String> H2_SETTINGS = Set.of(
            "ACCESS_MODE_DATA",
            "AUTO_RECONNECT",
            "AUTO_SERVER",
            "AUTO_SERVER_PORT",
            "CACHE_SIZE",
            "CASE_INSENSITIVE_IDENTIFIERS",
            "CIPHER",
            "DATABASE_TO_LOWER",
            "DATABASE_TO_UPPER",
            "DB_CLOSE_DELAY",
            "DB_CLOSE_ON_EXIT",
            "DEFAULT_NULL_ORDERING",
            "FILE_LOCK",
            "IFEXISTS",
            "IGNORECASE",
            "LOCK_TIMEOUT",
            "MAX_COMPACT_TIME",
            "MODE",
            "NON_KEYWORDS",
            "PASSWORD",
            "QUERY_TIMEOUT",
            "USER",
            "WRITE_DELAY");

    /** Driver parameters that name a class to load or a file to write (lower case). */
    static final Set<String> DRIVER_PARAMETERS_REFUSED = Set.of(
            "socketfactory",
            "socketfactoryarg",
            "sslfactory",
            "sslfactoryarg",
            "sslhostnameverifier",
            "sslpasswordcallback",
            "authenticationpluginclassname",
            "loggerfile",
            "loggerlevel",
            "credentialtype",
            "tlssockettype",
            "allowlocalinfile",
            "geometrydefaulttype");

    private final String url;
    private final String given;

    private DatabaseUrl(String url, String given) {
        this.url = url;
        this.given = given;
    }

    /** {@code url} once checked; refuses it with a located, localised error naming what is refused. */
    static DatabaseUrl check(String url, Locale locale) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            String[] parts = url.substring("jdbc:h2:".length()).split(";", -1);
            for (int i = 1; i < parts.length; i++) {
                String setting = parts[i].strip();
                if (setting.isEmpty()) {
                    continue;
                }
                int eq = setting.indexOf('=');
                String key =
                        (eq < 0 ? setting : setting.substring(0, eq)).strip().toUpperCase(Locale.ROOT);
                if (!H2_SETTINGS.contains(key)) {
                    throw new InvalidInputException(Texts.get(locale, "url.h2-setting", "--jdbc-url", key));
                }
            }
            return new DatabaseUrl(url, url);
        }
        if (lower.startsWith("jdbc:postgresql:")
                || lower.startsWith("jdbc:mariadb:")
                || lower.startsWith("jdbc:mysql:")) {
            int q = url.indexOf('?');
            if (q >= 0) {
                for (String parameter : url.substring(q + 1).split("[&;]")) {
                    int eq = parameter.indexOf('=');
                    String key = (eq < 0 ? parameter : parameter.substring(0, eq)).strip();
                    if (DRIVER_PARAMETERS_REFUSED.contains(key.toLowerCase(Locale.ROOT))) {
                        throw new InvalidInputException(Texts.get(locale, "url.parameter", "--jdbc-url", key));
                    }
                }
            }
            return new DatabaseUrl(url, url);
        }
        throw new InvalidInputException(Texts.get(locale, "url.unsupported", "--jdbc-url"));
    }

    /** The URL the driver is given. */
    String value() {
        return url;
    }

    /** The URL as the user gave it, for messages. */
    String given() {
        return given;
    }

    /** This URL, for a command that only reads: an H2 database that does not exist is not created. */
    DatabaseUrl existingOnly() {
        if (h2File() == null || url.toUpperCase(Locale.ROOT).contains(";IFEXISTS=")) {
            return this;
        }
        return new DatabaseUrl(url + ";IFEXISTS=TRUE", given);
    }

    /**
     * The base path of an embedded H2 database in a file (H2 adds {@code .mv.db}), null for any other database
     * (in memory, on a server, not H2).
     */
    Path h2File() {
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return null;
        }
        String path = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (path.toLowerCase(Locale.ROOT).startsWith("file:")) {
            path = path.substring("file:".length());
        } else if (path.matches("(?i)(mem|tcp|ssl|zip|split|nio\\w*|async|memFS|memLZF):.*")) {
            return null;
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Path.of(path);
    }

    /** The file H2 keeps the database in, or null when it is not an embedded file database. */
    Path h2DataFile() {
        Path base = h2File();
        return base == null ? null : base.resolveSibling(base.getFileName() + ".mv.db");
    }
}
