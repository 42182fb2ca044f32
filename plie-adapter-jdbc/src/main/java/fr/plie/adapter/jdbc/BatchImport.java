package fr.plie.adapter.jdbc;

import fr.plie.core.common.Rejection;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * An import of parcours (with their participants) from a file, in batches: each batch is stored in one
 * transaction with its participants, its audit records and its row of the import journal, all or nothing, so
 * that after a crash at any moment a parcours is stored whole or not at all, and a re-run of the same import
 * (same import id) skips the batches the journal holds and stores the others.
 *
 * <p>Nothing stored is changed silently: a parcours or participant already stored with other content is a
 * conflict unless the import replaces ({@link PlieJdbc#batchImport(String, String, boolean)} with {@code
 * replace}); a parcours is then replaced only if still at the version the file carries (optimistic locking), and
 * stored at the next version. Content equal to what is stored is left as it is. Get one from {@link
 * PlieJdbc#batchImport}.
 */
public final class BatchImport {
    /** A batch run again this many times when it meets a key another transaction committed meanwhile. */
    private static final int ATTEMPTS = 5;

    /** A parcours id found twice in one batch: args parcours id, the line of the first. */
    public static final String PARCOURS_REPEATED = "jdbc.import.parcours-repeated";

    /** What a line does to what is stored under its ids. */
    enum Mode {
        /**
         * Adds only, as the HTTP import always did: a parcours already stored, even with the same content, is a
         * conflict, and a parcours may come without its participant (an export carries one whose participant is
         * not stored).
         */
        NEW_ONLY,
        /** Adds, leaves content equal to what is stored as it is; other content is a conflict. */
        ADD,
        /** As {@link #ADD}, but other content replaces what is stored if still at the file's version. */
        REPLACE,
        /** The file's versions are ignored: it replaces what is stored at whatever version (a foreign source). */
        SOURCE_WINS
    }

    private final Settings s;
    private final UnitOfWork uow;
    private final String actor;
    private final String importId;
    private final Mode mode;
    private final boolean replace;
    private final boolean sourceWins;

    private final JdbcParcoursRepository parcours;
    private final JdbcParticipantRepository participants;

    BatchImport(Settings settings, UnitOfWork uow, String actor, String importId, Mode mode) {
        this.s = settings;
        this.mode = mode;
        this.sourceWins = mode == Mode.SOURCE_WINS;
        this.uow = uow;
        this.actor = actor;
        this.importId = importId;
        this.replace = mode == Mode.REPLACE || sourceWins;
        this.parcours = new JdbcParcoursRepository(settings, uow, actor, false);
        this.participants = new JdbcParticipantRepository(settings, uow, actor, false);
    }

    /** What storing one batch did. */
    public record BatchResult(
            boolean alreadyCommitted,
            int parcoursCreated,
            int parcoursReplaced,
            int parcoursUnchanged,
            int participantsCreated,
            int participantsReplaced) {}

    /**
     * The numbers of the batches of this import committed by earlier runs.
     *
     * @return the batch numbers, in order
     */
    public Set<Integer> committedBatches() {
        return uow.atomically("reading the import journal", c -> {
                    Set<Integer> done = new TreeSet<>();
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT batch_no FROM " + s.tables().importJournal + " WHERE import_id = ?")) {
                        ps.setString(1, importId);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                done.add(rs.getInt(1));
                            }
                        }
                    }
                    return Either.<Rejection, Set<Integer>>right(done);
                })
                .get();
    }

    /**
     * The conflicts of {@code lines} with what is stored, writing nothing: a dry run of {@link #store}, where a
     * participant counts as present if it is stored or {@code earlierInFile} holds it (carried by an earlier line,
     * so stored by an earlier batch).
     *
     * @param lines the batch's lines
     * @param earlierInFile whether a participant id was carried by an earlier line of the file
     * @return the conflicts, empty when the batch can be stored
     */
    public List<ImportConflict> check(List<ImportLine> lines, Predicate<String> earlierInFile) {
        return uow.atomically(
                        "checking an import batch",
                        c -> Either.<Rejection, Plan>right(plan(c, lines, earlierInFile, false)))
                .get()
                .conflicts;
    }

    /**
     * Stores batch {@code batchNo} of this import in one transaction: its new and (when replacing) changed
     * participants and parcours, their audit records and the journal's row; or, on any conflict, nothing and the
     * conflicts. A batch the journal holds is skipped. A transaction the database gives up to break a deadlock (as
     * every transaction of the adapter), or that meets a key another transaction committed meanwhile, is run again
     * (up to 5 times); another failure
     * throws {@link PlieJdbcException} and writes nothing.
     *
     * @param batchNo the batch's number in the file
     * @param lines its lines
     * @return the batch's figures, or the conflicts
     * @throws PlieJdbcException if the database fails otherwise
     */
    public Either<List<ImportConflict>, BatchResult> store(int batchNo, List<ImportLine> lines) {
        for (int attempt = 1; ; attempt++) {
            try {
                return storeOnce(batchNo, lines);
            } catch (PlieJdbcException e) {
                // a key taken meanwhile (SQL state class 23): a killed run's commit the server finished after this
                // run read the journal, or another import; the next attempt sees its rows and plans around them
                // (a deadlock was already run again by the unit of work)
                boolean keyTaken = e.sqlState() != null && e.sqlState().startsWith("23");
                if (!keyTaken || attempt == ATTEMPTS) {
                    throw e;
                }
            } catch (JdbcParcoursRepository.DuplicateParcours e) {
                // another transaction stored one of these parcours meanwhile: the next attempt sees it
                if (attempt == ATTEMPTS) {
                    throw new PlieJdbcException("storing import batch " + batchNo, e.getCause());
                }
            }
            pause(attempt);
        }
    }

    private Either<List<ImportConflict>, BatchResult> storeOnce(int batchNo, List<ImportLine> lines) {
        return uow.atomically("storing import batch " + batchNo, c -> {
                    if (committed(c, batchNo)) {
                        return Either.<Rejection, Either<List<ImportConflict>, BatchResult>>right(
                                Either.right(new BatchResult(true, 0, 0, 0, 0, 0)));
                    }
                    Plan plan = plan(c, lines, id -> false, true);
                    if (!plan.conflicts.isEmpty()) {
                        // nothing written yet: the commit of this transaction changes nothing
                        return Either.right(Either.left(plan.conflicts));
                    }
                    participants.insertAll(c, plan.newParticipants);
                    for (Participant p : plan.changedParticipants) {
                        participants.write(c, p);
                    }
                    parcours.insertAudited(c, plan.newParcours);
                    for (Replacement r : plan.replacedParcours) {
                        if (!parcours.replaceAudited(c, r.parcours(), r.expectedVersion())) {
                            throw new IllegalStateException(
                                    "parcours " + r.parcours().id() + " changed under its lock");
                        }
                    }
                    journal(c, batchNo, lines);
                    return Either.right(Either.right(new BatchResult(
                            false,
                            plan.newParcours.size(),
                            plan.replacedParcours.size(),
                            plan.unchanged,
                            plan.newParticipants.size(),
                            plan.changedParticipants.size())));
                })
                .get();
    }

    private boolean committed(Connection c, int batchNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM " + s.tables().importJournal + " WHERE import_id = ? AND batch_no = ?")) {
            ps.setString(1, importId);
            ps.setInt(2, batchNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void journal(Connection c, int batchNo, List<ImportLine> lines) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + s.tables().importJournal
                + " (import_id, batch_no, first_line, last_line, parcours_count, actor_id, recorded_epoch_second)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, importId);
            ps.setInt(2, batchNo);
            ps.setLong(3, lines.isEmpty() ? 0 : lines.get(0).line());
            ps.setLong(4, lines.isEmpty() ? 0 : lines.get(lines.size() - 1).line());
            ps.setInt(5, lines.size());
            ps.setString(6, actor);
            ps.setLong(7, s.clock().instant().getEpochSecond());
            ps.executeUpdate();
        }
    }

    /** What a batch would write, or its conflicts; locks the stored parcours rows when {@code lock}. */
    private Plan plan(Connection c, List<ImportLine> lines, Predicate<String> earlierInFile, boolean lock)
            throws SQLException {
        Plan plan = new Plan();
        Set<String> participantIds = new LinkedHashSet<>();
        for (ImportLine l : lines) {
            participantIds.add(l.parcours().participant().value());
        }
        Map<String, Participant> stored = new HashMap<>();
        for (List<String> chunk : chunks(participantIds)) {
            stored.putAll(participants.readAll(c, chunk));
        }
        Map<String, Long> versions = storedVersions(c, lines, lock);
        Map<String, Participant> inBatch = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (ImportLine l : lines) {
            Parcours p = l.parcours();
            String id = p.id().value();
            Option<Rejection> nul = TextCheck.check(s.dialect(), p)
                    .orElse(() -> l.participant().flatMap(pp -> TextCheck.check(s.dialect(), pp)));
            if (nul.isDefined()) {
                plan.conflicts.add(new ImportConflict(l.line(), nul.get()));
                continue;
            }
            Long first = firstLine.putIfAbsent(id, l.line());
            if (first != null) {
                plan.conflicts.add(
                        new ImportConflict(l.line(), PlieJdbc.TEXTS.rejection(PARCOURS_REPEATED, id, first)));
                continue;
            }
            if (l.participant().isDefined()) {
                participant(plan, l, stored, inBatch);
            }
            String participantId = p.participant().value();
            if (mode != Mode.NEW_ONLY
                    && !inBatch.containsKey(participantId)
                    && !stored.containsKey(participantId)
                    && !earlierInFile.test(participantId)) {
                plan.conflicts.add(new ImportConflict(
                        l.line(), PlieJdbc.TEXTS.rejection(ImportConflict.PARTICIPANT_MISSING, id, participantId)));
                continue;
            }
            Long storedVersion = versions.get(id);
            if (storedVersion != null && sourceWins) {
                p = p.withVersion(storedVersion);
            }
            if (storedVersion == null) {
                plan.newParcours.add(p);
            } else if (mode == Mode.NEW_ONLY) {
                plan.conflicts.add(new ImportConflict(
                        l.line(), PlieJdbc.TEXTS.rejection(ImportConflict.PARCOURS_EXISTS, id, storedVersion)));
            } else if (parcours.read(c, p.id()).contains(p)) {
                plan.unchanged++;
            } else if (!replace) {
                plan.conflicts.add(new ImportConflict(
                        l.line(), PlieJdbc.TEXTS.rejection(ImportConflict.PARCOURS_EXISTS, id, storedVersion)));
            } else if (storedVersion != p.version()) {
                plan.conflicts.add(
                        new ImportConflict(l.line(), JdbcParcoursRepository.stale(p.id(), p.version(), storedVersion)));
            } else {
                plan.replacedParcours.add(new Replacement(p.withVersion(p.version() + 1), storedVersion));
            }
        }
        return plan;
    }

    private void participant(
            Plan plan, ImportLine l, Map<String, Participant> stored, Map<String, Participant> inBatch) {
        Participant p = l.participant().get();
        String id = p.id().value();
        Participant before = inBatch.putIfAbsent(id, p);
        if (before != null) {
            if (!before.equals(p)) {
                plan.conflicts.add(
                        new ImportConflict(l.line(), PlieJdbc.TEXTS.rejection(ImportConflict.PARTICIPANT_DIFFERS, id)));
            }
            return;
        }
        Participant old = stored.get(id);
        if (old == null) {
            plan.newParticipants.add(p);
        } else if (!old.equals(p)) {
            if (replace) {
                plan.changedParticipants.add(p);
            } else {
                plan.conflicts.add(
                        new ImportConflict(l.line(), PlieJdbc.TEXTS.rejection(ImportConflict.PARTICIPANT_DIFFERS, id)));
            }
        }
    }

    private Map<String, Long> storedVersions(Connection c, List<ImportLine> lines, boolean lock) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        for (ImportLine l : lines) {
            ids.add(l.parcours().id().value());
        }
        Map<String, Long> versions = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, version FROM " + s.tables().parcours
                    + " WHERE id IN (" + in + ")" + (lock ? " FOR UPDATE" : ""))) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        versions.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        return versions;
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an import batch", e);
        }
    }

    private record Replacement(Parcours parcours, long expectedVersion) {}

    private static final class Plan {
        final List<ImportConflict> conflicts = new ArrayList<>();
        final List<Participant> newParticipants = new ArrayList<>();
        final List<Participant> changedParticipants = new ArrayList<>();
        final List<Parcours> newParcours = new ArrayList<>();
        final List<Replacement> replacedParcours = new ArrayList<>();
        int unchanged;
    }

    @Override
    public String toString() {
        return "BatchImport[" + importId + ", " + mode + "]";
    }
}
