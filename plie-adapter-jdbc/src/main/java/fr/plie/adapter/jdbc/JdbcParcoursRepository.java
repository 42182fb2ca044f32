package fr.plie.adapter.jdbc;

import fr.plie.core.common.Rejection;
import fr.plie.core.parcours.FreeTexts;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursChange;
import fr.plie.core.parcours.ParcoursEvent;
import fr.plie.core.parcours.ParcoursFilter;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursRepository;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** {@link ParcoursRepository} over JDBC: optimistic locking on the version column, audited, atomic saves. */
final class JdbcParcoursRepository implements ParcoursRepository {
    static final String STALE = "parcours.stale-version";

    private final Settings s;
    private final UnitOfWork uow;
    private final String actor;
    private final ParcoursWriter writer;
    private final ParcoursQuery query;
    private final boolean pseudonymised;

    JdbcParcoursRepository(Settings settings, UnitOfWork uow, String actor, boolean pseudonymised) {
        this.s = settings;
        this.uow = uow;
        this.actor = actor;
        this.writer = new ParcoursWriter(settings.tables(), settings.dialect());
        this.query = new ParcoursQuery(settings.dialect(), settings.tables(), pseudonymised);
        this.pseudonymised = pseudonymised;
    }

    @Override
    public Option<Parcours> findById(ParcoursId id) {
        List<Parcours> found = read("p.id = ?", id.value());
        return found.isEmpty() ? Option.none() : Option.some(found.get(0));
    }

    @Override
    public List<Parcours> findByParticipant(ParticipantId participant) {
        return read("p.participant_id = ?", participant.value());
    }

    private List<Parcours> read(String filter, String value) {
        Either<Rejection, List<Parcours>> result = uow.atomically("reading parcours", c -> {
            try (PreparedStatement ps = c.prepareStatement(query.select(filter))) {
                for (int i = 1; i <= ParcoursQuery.branches(); i++) {
                    ps.setString(i, value);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return Either.right(
                            StreamSupport.stream(new ParcoursCursor(rs), false).collect(Collectors.toList()));
                }
            }
        });
        return result.get();
    }

    @Override
    public Stream<Parcours> streamActiveIn(ReportingPeriod period) {
        return streamActiveIn(period, ParcoursCompanion.alone());
    }

    /** The parcours active in {@code period}, page by page, each page turned by {@code reader} into what is yielded. */
    <T> Stream<T> streamActiveIn(ReportingPeriod period, ParcoursCompanion<T> reader) {
        return stream(
                "p.entry_date IS NOT NULL AND p.entry_date <= ? AND (p.exit_date IS NULL OR p.exit_date >= ?)",
                ps -> {
                    ps.setObject(1, period.to());
                    ps.setObject(2, period.from());
                    return 3;
                },
                reader);
    }

    /**
     * The parcours referred in {@code period} or active in it, page by page, each page turned by {@code reader}
     * into what is yielded: what a report over the period reads.
     */
    <T> Stream<T> streamConcerning(ReportingPeriod period, ParcoursCompanion<T> reader) {
        return stream(
                "(p.referral_date >= ? AND p.referral_date <= ?) OR (p.entry_date IS NOT NULL AND p.entry_date <= ?"
                        + " AND (p.exit_date IS NULL OR p.exit_date >= ?))",
                ps -> {
                    ps.setObject(1, period.from());
                    ps.setObject(2, period.to());
                    ps.setObject(3, period.to());
                    ps.setObject(4, period.from());
                    return 5;
                },
                reader);
    }

    @Override
    public Stream<Parcours> streamAll() {
        return streamAll(ParcoursCompanion.alone());
    }

    /** Every stored parcours in id order, page by page, each page turned by {@code reader} into what is yielded. */
    <T> Stream<T> streamAll(ParcoursCompanion<T> reader) {
        return stream("1 = 1", ps -> 1, reader);
    }

    @Override
    public List<Parcours> page(ParcoursFilter filter, Option<ParcoursId> after, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        filter.status().forEach(st -> conditions.add("p.status = ?"));
        // the referent on asOf: the last assignment (by position) from that day or before
        filter.referent()
                .forEach(r -> conditions.add("EXISTS (SELECT 1 FROM " + s.tables().referent
                        + " r WHERE r.parcours_id = p.id AND r.referent_id = ? AND r.from_date <= ? AND NOT EXISTS"
                        + " (SELECT 1 FROM " + s.tables().referent + " l WHERE l.parcours_id = r.parcours_id"
                        + " AND l.from_date <= ? AND l.pos > r.pos))"));
        ParcoursPages.Binder binder = ps -> {
            int i = 1;
            for (var st : filter.status()) {
                ps.setString(i++, st.name());
            }
            for (var r : filter.referent()) {
                ps.setString(i++, r.value());
                Sql.date(ps, i++, filter.asOf());
                Sql.date(ps, i++, filter.asOf());
            }
            return i;
        };
        String start = after.map(ParcoursId::value).getOrElse("");
        return uow.atomically("reading a page of parcours", c -> {
                    List<Parcours> page = new ArrayList<>(limit);
                    ParcoursPages<Parcours> pages = new ParcoursPages<>(
                            c,
                            query,
                            String.join(" AND ", conditions),
                            binder,
                            limit,
                            limit,
                            ParcoursCompanion.alone(),
                            start);
                    while (page.size() < limit && pages.tryAdvance(page::add)) {
                        // one keyset query of at most limit root rows, then one for their children
                    }
                    return Either.<Rejection, List<Parcours>>right(page);
                })
                .get();
    }

    /**
     * The parcours matching {@code filter} (on the root table {@code p}) in id order, on one read connection: on
     * PostgreSQL, on a connection of plie's own, every table read once and sorted ({@link SortedParcours});
     * otherwise page by page ({@link ParcoursPages}).
     */
    private <T> Stream<T> stream(String filter, ParcoursPages.Binder binder, ParcoursCompanion<T> reader) {
        try {
            Connection c = uow.openForStream();
            try {
                Spliterator<T> parcours;
                Runnable closing;
                if (s.dialect() == Dialect.POSTGRESQL && uow.ownsStream(c)) {
                    SortedParcours<T> sorted =
                            SortedParcours.open(c, query, s.tables(), filter, binder, s.fetchSize(), reader);
                    parcours = sorted;
                    closing = () -> closeStream(c, sorted);
                } else {
                    parcours =
                            new ParcoursPages<>(c, query, filter, binder, s.streamBatch(), s.fetchSize(), reader, "");
                    closing = () -> closeStream(c, null);
                }
                return StreamSupport.stream(parcours, false).onClose(closing);
            } catch (SQLException | RuntimeException e) {
                uow.closeStream(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new PlieJdbcException("streaming parcours", e);
        }
    }

    /** Closes the cursors of {@code sorted} (null for a paged stream), then ends the read on {@code c}. */
    private void closeStream(Connection c, SortedParcours<?> sorted) {
        try {
            try {
                if (sorted != null) {
                    sorted.close();
                }
            } finally {
                uow.closeStream(c);
            }
        } catch (SQLException e) {
            throw new PlieJdbcException("closing the parcours stream", e);
        }
    }

    @Override
    public Either<Rejection, Parcours> save(Parcours parcours, long expectedVersion) {
        return save(parcours, expectedVersion, null);
    }

    /** Saves the changes with their events as the audit's "what changed", in one optimistic-locking check. */
    @Override
    public Either<Rejection, Parcours> save(List<ParcoursChange> changes) {
        return save(
                ParcoursChange.last(changes),
                ParcoursChange.expectedVersion(changes),
                changes.stream().map(ParcoursChange::event).toList());
    }

    /** Saves with the events that produced the change as the audit's "what changed" (a summary otherwise). */
    Either<Rejection, Parcours> save(Parcours parcours, long expectedVersion, List<ParcoursEvent> events) {
        Objects.requireNonNull(parcours, "parcours");
        requireWritable();
        if (parcours.version() <= expectedVersion) {
            throw new IllegalArgumentException("parcours " + parcours.id() + " at version " + parcours.version()
                    + " cannot replace version " + expectedVersion);
        }
        Option<Rejection> refused = refused(parcours);
        if (refused.isDefined()) {
            return Either.left(refused.get());
        }
        String id = parcours.id().value();
        try {
            return uow.atomically("saving parcours " + id, c -> {
                Option<Stored> stored = lockStored(c, id);
                long storedVersion = stored.map(Stored::version).getOrElse(0L);
                if (storedVersion != expectedVersion) {
                    return Either.left(stale(parcours.id(), expectedVersion, storedVersion));
                }
                if (stored.isEmpty()) {
                    insertNew(c, List.of(parcours));
                } else {
                    if (writer.updateRoot(c, parcours, expectedVersion) != 1) {
                        return Either.left(stale(parcours.id(), expectedVersion, readVersion(c, id)));
                    }
                    writer.deleteChildren(c, id);
                    writer.insertChildren(c, List.of(parcours));
                }
                String change = events == null || events.isEmpty()
                        ? summary(stored, parcours)
                        : events.stream().map(ParcoursEvent::type).collect(Collectors.joining(","));
                audit(c, parcours, expectedVersion, change);
                return Either.right(parcours);
            });
        } catch (DuplicateParcours e) {
            // another transaction created the same parcours meanwhile
            return Either.left(stale(parcours.id(), expectedVersion, currentVersion(id)));
        }
    }

    /**
     * Why {@code parcours} cannot be stored: a history no lifecycle produces (the first violation {@link
     * Parcours#restore} lists; reading it back would fail), or a text the database cannot hold.
     */
    private Option<Rejection> refused(Parcours parcours) {
        List<Rejection> impossible = Parcours.restore(parcours).swap().getOrElse(List.of());
        return impossible.isEmpty() ? TextCheck.check(s.dialect(), parcours) : Option.some(impossible.get(0));
    }

    /** Inserts parcours that are not stored yet, in one transaction and in batches; all or nothing. */
    Either<Rejection, Integer> saveNew(Collection<Parcours> all) {
        requireWritable();
        for (Parcours p : all) {
            Option<Rejection> refused = refused(p);
            if (refused.isDefined()) {
                return Either.left(refused.get());
            }
        }
        try {
            return uow.atomically("saving " + all.size() + " new parcours", c -> {
                insertAudited(c, all);
                return Either.right(all.size());
            });
        } catch (DuplicateParcours e) {
            for (Parcours p : all) {
                long stored = currentVersion(p.id().value());
                if (stored != 0) {
                    return Either.left(stale(p.id(), 0, stored));
                }
            }
            throw new PlieJdbcException("saving new parcours", e.getCause());
        }
    }

    /**
     * Inserts parcours not stored yet on {@code c}, in batches, with one audit record each; part of the caller's
     * transaction. A parcours stored meanwhile throws {@link DuplicateParcours}.
     */
    void insertAudited(Connection c, Collection<Parcours> all) throws SQLException {
        insertNew(c, all);
        List<AuditLog.Entry> entries = new ArrayList<>(all.size());
        for (Parcours p : all) {
            entries.add(new AuditLog.Entry(
                    p.participant().value(), p.id().value(), 0, p.version(), summary(Option.none(), p)));
        }
        s.audit().append(c, actor, entries);
    }

    /**
     * Replaces the stored parcours by {@code parcours} on {@code c} if it is still at {@code expectedVersion}
     * (its row locked by the caller), with its audit record; part of the caller's transaction.
     *
     * @return whether it was replaced (false: someone else changed it)
     */
    boolean replaceAudited(Connection c, Parcours parcours, long expectedVersion) throws SQLException {
        String id = parcours.id().value();
        Option<Stored> stored = lockStored(c, id);
        if (stored.isEmpty() || writer.updateRoot(c, parcours, expectedVersion) != 1) {
            return false;
        }
        writer.deleteChildren(c, id);
        writer.insertChildren(c, List.of(parcours));
        audit(c, parcours, expectedVersion, "imported: " + summary(stored, parcours));
        return true;
    }

    /**
     * Replaces every free text of the participant's parcours by {@link FreeTexts#ERASED} on {@code c}, each at
     * its next version (a copy read before cannot put the texts back) with an audit record; part of the erasure's
     * transaction.
     */
    void eraseFreeTexts(Connection c, ParticipantId participant) throws SQLException {
        List<Parcours> all;
        try (PreparedStatement ps = c.prepareStatement(query.select("p.participant_id = ?"))) {
            for (int i = 1; i <= ParcoursQuery.branches(); i++) {
                ps.setString(i, participant.value());
            }
            try (ResultSet rs = ps.executeQuery()) {
                all = StreamSupport.stream(new ParcoursCursor(rs), false).collect(Collectors.toList());
            }
        }
        for (Parcours p : all) {
            Parcours next = FreeTexts.replaced(p, FreeTexts.ERASED).withVersion(p.version() + 1);
            if (writer.updateRoot(c, next, p.version()) != 1) {
                throw new SQLException("parcours " + p.id() + " changed during the erasure", "40001");
            }
            writer.deleteChildren(c, p.id().value());
            writer.insertChildren(c, List.of(next));
            audit(c, next, p.version(), "free texts erased");
        }
    }

    /** The audit record of one parcours changed on {@code c} from {@code fromVersion} to its version. */
    private void audit(Connection c, Parcours changed, long fromVersion, String change) throws SQLException {
        s.audit()
                .append(
                        c,
                        actor,
                        List.of(new AuditLog.Entry(
                                changed.participant().value(),
                                changed.id().value(),
                                fromVersion,
                                changed.version(),
                                change)));
    }

    /** The stored parcours {@code id}, read on {@code c}. */
    Option<Parcours> read(Connection c, ParcoursId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query.select("p.id = ?"))) {
            for (int i = 1; i <= ParcoursQuery.branches(); i++) {
                ps.setString(i, id.value());
            }
            try (ResultSet rs = ps.executeQuery()) {
                return Option.ofOptional(
                        StreamSupport.stream(new ParcoursCursor(rs), false).findFirst());
            }
        }
    }

    private void insertNew(Connection c, Collection<Parcours> all) throws SQLException {
        try {
            writer.insertRoots(c, all);
        } catch (SQLException e) {
            if (isIntegrityViolation(e)) {
                throw new DuplicateParcours(e);
            }
            throw e;
        }
        writer.insertChildren(c, all);
    }

    static boolean isIntegrityViolation(SQLException e) {
        for (Throwable t = e;
                t != null;
                t = t instanceof SQLException sql && sql.getNextException() != null
                        ? sql.getNextException()
                        : t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** The stored root row, locked until the end of the transaction so that concurrent saves queue up. */
    private Option<Stored> lockStored(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, status, step_count, interview_count,"
                + " placement_count, decision_count FROM " + s.tables().parcours + " WHERE id = ? FOR UPDATE")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Option.some(new Stored(
                                rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                        : Option.none();
            }
        }
    }

    private long readVersion(Connection c, String id) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT version FROM " + s.tables().parcours + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private long currentVersion(String id) {
        return uow.atomically("reading a parcours version", c -> Either.<Rejection, Long>right(readVersion(c, id)))
                .get();
    }

    private void requireWritable() {
        if (pseudonymised) {
            throw new UnsupportedOperationException("pseudonymised repositories are read-only");
        }
    }

    static Rejection stale(ParcoursId id, long expected, long stored) {
        return Rejection.of(STALE, id, expected, stored);
    }

    /** What changed, in statuses and counts only: free texts may hold personal data. */
    private static String summary(Option<Stored> before, Parcours after) {
        if (before.isEmpty()) {
            return "created: status " + after.status() + ", steps "
                    + after.steps().size() + ", interviews "
                    + after.interviews().size() + ", placements "
                    + after.placements().size() + ", decisions "
                    + after.decisions().size();
        }
        Stored b = before.get();
        List<String> parts = new ArrayList<>();
        if (!b.status().equals(after.status().name())) {
            parts.add("status " + b.status() + "->" + after.status());
        }
        count(parts, "steps", b.steps(), after.steps().size());
        count(parts, "interviews", b.interviews(), after.interviews().size());
        count(parts, "placements", b.placements(), after.placements().size());
        count(parts, "decisions", b.decisions(), after.decisions().size());
        return parts.isEmpty() ? "updated" : String.join(", ", parts);
    }

    private static void count(List<String> parts, String what, int before, int after) {
        if (before != after) {
            parts.add(what + " " + before + "->" + after);
        }
    }

    private record Stored(long version, String status, int steps, int interviews, int placements, int decisions) {}

    /** The parcours was inserted by someone else between our check and our insert. */
    static final class DuplicateParcours extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DuplicateParcours(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
