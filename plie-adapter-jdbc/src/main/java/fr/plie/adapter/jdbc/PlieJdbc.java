package fr.plie.adapter.jdbc;

import fr.plie.core.common.Id;
import fr.plie.core.common.Rejection;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * plie's storage in a relational database (H2, PostgreSQL, MariaDB): the entry point that creates the schema
 * and hands out the repositories of the core ports ({@code ParcoursRepository}, {@code ParticipantRepository}).
 *
 * <p>A PLIE's software keeps its data in a database it already runs; plie lives beside it: its tables carry a
 * prefix ({@code plie_} by default) or sit in their own schema, its Flyway history table is its own ({@code
 * plie_schema_history}), and its repositories can join the caller's transaction. Every change is recorded in an
 * append-only audit trail with the caller's actor id; personal data is kept apart so it can be erased (GDPR)
 * without changing the indicators, and closed parcours are purged after the configured retention period.
 *
 * <pre>{@code
 * PlieJdbc plie = PlieJdbc.builder().dataSource(ds).tablePrefix("plie_").clock(clock).build();
 * plie.migrate();
 * ParcoursRepository parcours = plie.repositories("REF-01").parcours();
 * }</pre>
 *
 * <p>Thread-safe: one instance serves the whole application, and so do the repositories it hands out, except
 * those of {@link #join(Connection, String)}, which share the caller's connection and so its thread.
 */
public final class PlieJdbc {
    /** The texts of this adapter's rejections ({@code jdbc.*}). */
    static final Rejection.Texts TEXTS =
            Rejection.Texts.of("fr.plie.adapter.jdbc.messages", PlieJdbc.class::getResourceAsStream);

    private final DataSource dataSource;
    private final Settings settings;
    private final Option<String> schema;
    private final String prefix;

    private PlieJdbc(DataSource dataSource, Settings settings, Option<String> schema, String prefix) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.schema = schema;
        this.prefix = prefix;
    }

    /** {@return a builder of a store on a data source} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The database the tables live in, detected from the data source unless given to the builder.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return settings.dialect();
    }

    /**
     * Creates or upgrades plie's tables with the migrations shipped in this jar ({@code db/plie-migration/common}
     * and the dialect's own folder); a no-op when they are up to date. In a schema that already holds other
     * tables, plie's history starts from a baseline at version 0, so its migrations still all run.
     *
     * @return the number of migrations applied
     */
    public int migrate() {
        return flyway().migrate().migrationsExecuted;
    }

    /** Migrates up to {@code version} only: tests upgrade a database of an earlier version with it. */
    int migrateTo(String version) {
        return Flyway.configure(PlieJdbc.class.getClassLoader())
                .configuration(flyway().getConfiguration())
                .target(version)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /**
     * How many of plie's migrations shipped in this jar are not applied to the database yet.
     *
     * @return the number of pending migrations
     */
    public int pendingMigrations() {
        return flyway().info().pending().length;
    }

    /**
     * The versions of plie's migrations applied to this database, oldest first.
     *
     * @return the versions, oldest first
     */
    public List<String> appliedMigrations() {
        return java.util.Arrays.stream(flyway().info().applied())
                .filter(m -> m.getState() == org.flywaydb.core.api.MigrationState.SUCCESS
                        && !m.getType().isSynthetic())
                .map(m -> m.getVersion().getVersion())
                .collect(java.util.stream.Collectors.toList());
    }

    private Flyway flyway() {
        FluentConfiguration config = Flyway.configure(PlieJdbc.class.getClassLoader())
                .dataSource(dataSource)
                .locations(
                        "classpath:db/plie-migration/common",
                        "classpath:" + dialect().migrationFolder())
                .table(prefix + "schema_history")
                .placeholders(java.util.Map.of("prefix", prefix))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false);
        schema.forEach(s -> config.schemas(s).defaultSchema(s));
        return config.load();
    }

    /**
     * Repositories whose every operation runs in its own transaction, recorded in the audit trail as {@code actorId}.
     *
     * @param actorId the pseudonymous id of the user or process, for the audit trail
     * @return the repositories
     */
    public PlieRepositories repositories(String actorId) {
        return new PlieRepositories(settings, UnitOfWork.own(dataSource), Id.require(actorId, "actor id"), false);
    }

    /**
     * Repositories working inside the caller's transaction on {@code connection}: they never commit, roll back
     * or close it; a failed or rejected save is undone to a savepoint and leaves the rest of the caller's work
     * alone. On a connection in autocommit mode each operation is its own transaction. Streaming reads need the
     * caller's transaction open (autocommit off) for PostgreSQL to use a cursor.
     *
     * @param connection the caller's connection, in its transaction
     * @param actorId the pseudonymous id of the user or process, for the audit trail
     * @return the repositories
     */
    public PlieRepositories join(Connection connection, String actorId) {
        return new PlieRepositories(settings, UnitOfWork.joining(connection), Id.require(actorId, "actor id"), false);
    }

    /**
     * Repositories that join the transaction a framework keeps open for the calling thread (a Spring transaction:
     * the Spring Boot starter passes one), as {@link #join(Connection, String)} does, and run each
     * operation in its own transaction when none is open.
     *
     * @param transaction how to find the transaction of the calling thread
     * @param actorId the pseudonymous id of the user or process, for the audit trail
     * @return the repositories
     */
    public PlieRepositories join(AmbientTransaction transaction, String actorId) {
        return new PlieRepositories(
                settings, UnitOfWork.ambient(dataSource, transaction), Id.require(actorId, "actor id"), false);
    }

    /**
     * Read-only repositories for reporting: participants come without personal data (its table is never read)
     * and interview syntheses, free text that may name people, read as {@code [pseudonymised]}. Writing through
     * them throws {@link UnsupportedOperationException}.
     *
     * @return the read-only repositories
     */
    public PlieRepositories pseudonymised() {
        return new PlieRepositories(settings, UnitOfWork.own(dataSource), "reporting", true);
    }

    /**
     * An import identified by {@code importId} (e.g. a digest of the file), stored batch by batch as {@code
     * actorId}; with {@code replace}, parcours and participants already stored with other content are replaced
     * (parcours under optimistic locking), otherwise they are conflicts. See {@link BatchImport}.
     *
     * @param actorId the pseudonymous id of the user or process, for the audit trail
     * @param importId the import's identifier
     * @param replace whether lines replace what is stored
     * @return the import
     */
    public BatchImport batchImport(String actorId, String importId, boolean replace) {
        return batchImport(actorId, importId, replace ? BatchImport.Mode.REPLACE : BatchImport.Mode.ADD);
    }

    /**
     * An import that only adds (the HTTP {@code POST /v1/import}): as {@link #batchImport(String, String, boolean)}
     * without replacing, except that a parcours already stored is a conflict ({@link
     * ImportConflict#PARCOURS_EXISTS}) even when its content is the same, so that a client posting an export twice
     * is told so, and a parcours whose participant is neither stored nor in the file is stored without it, as an
     * export may carry one. See {@link BatchImport}.
     *
     * @param actorId the pseudonymous id of the user or process, for the audit trail
     * @param importId the import's identifier
     * @return the import
     */
    public BatchImport newOnlyImport(String actorId, String importId) {
        return batchImport(actorId, importId, BatchImport.Mode.NEW_ONLY);
    }

    /**
     * An import from another system that holds the truth (a spreadsheet of the PLIE's previous tool): what it
     * carries replaces what is stored under the same ids whatever the stored version (the file knows nothing of
     * plie's versions), content equal to what is stored, versions aside, is left as it is. See {@link BatchImport}.
     *
     * @param actorId the pseudonymous id of the user or process, for the audit trail
     * @param importId the import's identifier
     * @return the import
     */
    public BatchImport sourceImport(String actorId, String importId) {
        return batchImport(actorId, importId, BatchImport.Mode.SOURCE_WINS);
    }

    private BatchImport batchImport(String actorId, String importId, BatchImport.Mode mode) {
        return new BatchImport(
                settings,
                UnitOfWork.own(dataSource),
                Id.require(actorId, "actor id"),
                Id.require(importId, "import id"),
                mode);
    }

    /**
     * The audit trail of a participant and their parcours, oldest first.
     *
     * @param participant the participant
     * @return the audit records
     */
    public List<AuditRecord> auditTrail(ParticipantId participant) {
        return UnitOfWork.own(dataSource)
                .atomically(
                        "reading the audit trail of " + participant,
                        c -> Either.<Rejection, List<AuditRecord>>right(
                                settings.audit().read(c, participant)))
                .get();
    }

    /**
     * Deletes the parcours closed (exit validated, or referral refused) more than the configured retention period
     * before {@code asOf}, and the participants left without any parcours, with their personal data. Each purge
     * is recorded in the audit trail, which keeps no personal data and is never purged.
     *
     * @return the number of parcours deleted
     * @param actorId the pseudonymous id of the user or process, for the audit trail
     * @param asOf the day the retention period is counted back from
     * @throws IllegalStateException if no retention period was configured
     */
    public int purgeExpired(String actorId, LocalDate asOf) {
        Period retention = settings.retention()
                .getOrElseThrow(() -> new IllegalStateException("no retention period configured on the builder"));
        String actor = Id.require(actorId, "actor id");
        return UnitOfWork.own(dataSource)
                .atomically(
                        "purging closed parcours",
                        c -> Either.<Rejection, Integer>right(
                                new RetentionPurge(settings).purge(c, actor, asOf.minus(retention))))
                .get();
    }

    /**
     * The two retention clocks of a PLIE (personal data after the last contact, ESF archive after closure): {@code
     * plan(asOf)} is the dry run listing what would go, {@code apply(actor, asOf)} erases and purges it, audited.
     *
     * @param policy the two retention periods
     * @return the retention clocks
     */
    public Retention retention(RetentionPolicy policy) {
        return new Retention(settings, dataSource, java.util.Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Rewrites an embedded H2 database's file so that erased or purged values leave its bytes (H2 otherwise keeps
     * old pages until it reuses them), then closes the database: every open connection of the data source ends,
     * and the next one reopens it. Does nothing on PostgreSQL and MariaDB, where the DBA's {@code VACUUM} /
     * {@code OPTIMIZE TABLE} does the same (docs/persistence.md, "GDPR").
     */
    public void compactH2() {
        if (dialect() != Dialect.H2) {
            return;
        }
        boolean done = false;
        try (Connection c = dataSource.getConnection();
                java.sql.Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
            done = true;
        } catch (SQLException e) {
            // once compacted, closing what the shutdown closed may fail (a pool resetting its connection): done
            if (!done) {
                throw new PlieJdbcException("compacting the H2 database", e);
            }
        }
    }

    /** Configures a {@link PlieJdbc}: a data source (or an embedded H2 database) and a clock are required. */
    public static final class Builder {
        private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,40}");
        private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_]{0,30}");

        private DataSource dataSource;
        private Dialect dialect;
        private String schema;
        private String prefix = "plie_";
        private Clock clock;
        private int fetchSize = 1000;
        private int streamBatch = 500;
        private Period retention;

        private Builder() {}

        /**
         * The caller's data source: its pool, its database.
         *
         * @param dataSource the data source
         * @return this builder
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * An embedded H2 database kept in memory while the JVM runs, named {@code name}; the application adds
         * {@code com.h2database:h2}.
         *
         * @param name the database's name
         * @return this builder
         */
        public Builder h2InMemory(String name) {
            return h2("jdbc:h2:mem:" + requireName(name) + ";DB_CLOSE_DELAY=-1");
        }

        /**
         * An embedded H2 database in the file {@code path} (H2 adds {@code .mv.db}); needs {@code com.h2database:h2}.
         *
         * @param path the database file
         * @return this builder
         */
        public Builder h2File(Path path) {
            return h2("jdbc:h2:file:" + path.toAbsolutePath());
        }

        private Builder h2(String url) {
            this.dialect = Dialect.H2;
            return dataSource(new UrlDataSource(url));
        }

        /**
         * The dialect, when detecting it from the data source is not wanted.
         *
         * @param dialect the dialect
         * @return this builder
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * A schema of its own (a database on MariaDB), created by {@link #migrate()} if missing.
         *
         * @param schema the schema's name
         * @return this builder
         */
        public Builder schema(String schema) {
            this.schema = requireName(schema);
            return this;
        }

        /**
         * The prefix of every table, {@code plie_} by default; may be empty inside a schema of its own.
         *
         * @param prefix the prefix
         * @return this builder
         */
        public Builder tablePrefix(String prefix) {
            if (prefix == null || !PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("a table prefix has at most 30 letters, digits or underscores");
            }
            this.prefix = prefix;
            return this;
        }

        /**
         * Stamps the audit trail; plie never reads the wall clock itself.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Rows fetched per round trip by streaming reads (1000 by default): by each of the cursors of a sorted
         * stream on PostgreSQL, by the child query of a paged one.
         *
         * @param fetchSize at least 1
         * @return this builder
         */
        public Builder fetchSize(int fetchSize) {
            if (fetchSize < 1) {
                throw new IllegalArgumentException("the fetch size is at least 1");
            }
            this.fetchSize = fetchSize;
            return this;
        }

        /**
         * How many parcours a paged streaming read (H2, MariaDB, a caller's connection) fetches at once (500 by
         * default): one query for their root rows and one for the rows of every child table; memory holds one
         * such batch.
         *
         * @param streamBatch at least 1
         * @return this builder
         */
        public Builder streamBatch(int streamBatch) {
            if (streamBatch < 1) {
                throw new IllegalArgumentException("the stream batch is at least 1");
            }
            this.streamBatch = streamBatch;
            return this;
        }

        /**
         * How long closed parcours are kept before {@link PlieJdbc#purgeExpired} deletes them.
         *
         * @param retention a positive period
         * @return this builder
         */
        public Builder retention(Period retention) {
            if (retention.isNegative() || retention.isZero()) {
                throw new IllegalArgumentException("a retention period is positive");
            }
            this.retention = retention;
            return this;
        }

        /**
         * Builds the store; connects once to detect the dialect unless it was given.
         *
         * @return the store
         * @throws IllegalStateException without a data source or a clock
         */
        public PlieJdbc build() {
            if (dataSource == null) {
                throw new IllegalStateException("a data source (or h2InMemory / h2File) is required");
            }
            if (clock == null) {
                throw new IllegalStateException("a clock is required: it stamps the audit trail");
            }
            Dialect d = dialect == null ? detect(dataSource) : dialect;
            Tables tables = new Tables(d, schema, prefix);
            Settings settings = new Settings(
                    d, tables, clock, fetchSize, streamBatch, Option.of(retention), new AuditLog(tables, clock, d));
            return new PlieJdbc(dataSource, settings, Option.of(schema), prefix);
        }

        private static Dialect detect(DataSource dataSource) {
            try (Connection c = dataSource.getConnection()) {
                return Dialect.of(c);
            } catch (SQLException e) {
                throw new PlieJdbcException("detecting the database", e);
            }
        }

        private static String requireName(String name) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "a database or schema name has at most 41 letters, digits or underscores, starting with a letter");
            }
            return name;
        }
    }
}
