package fr.plie.adapter.jdbc;

import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Appends to and reads the audit table; it never updates or deletes a record. */
final class AuditLog {
    private final Tables t;
    private final Clock clock;
    private final Dialect dialect;

    AuditLog(Tables tables, Clock clock, Dialect dialect) {
        this.t = tables;
        this.clock = clock;
        this.dialect = dialect;
    }

    /** An audit entry waiting to be written in the same transaction as the change it records. */
    record Entry(String participant, String parcours, long versionFrom, long versionTo, String change) {}

    /** Appends the entries on {@code c}; several go through {@link Batch#insert} (COPY on PostgreSQL). */
    void append(Connection c, String actor, List<Entry> entries) throws SQLException {
        Instant now = clock.instant();
        String insert = "INSERT INTO " + t.audit + " (participant_id, parcours_id, actor_id, recorded_epoch_second,"
                + " recorded_nano, version_from, version_to, change_summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        // one record (a save) is one statement: COPY would cost a second round trip
        try (Batch b = entries.size() > 1 ? Batch.insert(c, dialect, insert) : new Batch(c, insert)) {
            for (Entry e : entries) {
                PreparedStatement ps = b.row();
                ps.setString(1, e.participant());
                if (e.parcours() == null) {
                    ps.setNull(2, Types.VARCHAR);
                } else {
                    ps.setString(2, e.parcours());
                }
                ps.setString(3, actor);
                ps.setLong(4, now.getEpochSecond());
                ps.setInt(5, now.getNano());
                ps.setLong(6, e.versionFrom());
                ps.setLong(7, e.versionTo());
                ps.setString(8, e.change().length() > 1000 ? e.change().substring(0, 997) + "..." : e.change());
                b.add();
            }
            b.flush();
        }
    }

    List<AuditRecord> read(Connection c, ParticipantId participant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT parcours_id, actor_id, recorded_epoch_second,"
                + " recorded_nano, version_from, version_to, change_summary FROM " + t.audit
                + " WHERE participant_id = ? ORDER BY id")) {
            ps.setString(1, participant.value());
            List<AuditRecord> records = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(new AuditRecord(
                            participant,
                            Option.of(rs.getString(1)).map(ParcoursId::of),
                            rs.getString(2),
                            Instant.ofEpochSecond(rs.getLong(3), rs.getInt(4)),
                            rs.getLong(5),
                            rs.getLong(6),
                            rs.getString(7)));
                }
            }
            return records;
        }
    }
}
