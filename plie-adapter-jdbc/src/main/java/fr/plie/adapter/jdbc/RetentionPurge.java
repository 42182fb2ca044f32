package fr.plie.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Deletes closed parcours past their retention period (GDPR storage limitation), in one transaction. */
final class RetentionPurge {
    private final Settings s;
    private final Tables t;

    RetentionPurge(Settings settings) {
        this.s = settings;
        this.t = settings.tables();
    }

    int purge(Connection c, String actor, LocalDate closedBefore) throws SQLException {
        List<AuditLog.Entry> audit = new ArrayList<>();
        Set<String> participants = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, participant_id, version, closed_on FROM "
                + t.parcours + " WHERE closed_on IS NOT NULL AND closed_on < ? ORDER BY id")) {
            ps.setObject(1, closedBefore);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    participants.add(rs.getString(2));
                    audit.add(new AuditLog.Entry(
                            rs.getString(2),
                            rs.getString(1),
                            rs.getLong(3),
                            0,
                            "parcours purged: closed on " + Sql.date(rs, 4) + ", retention over"));
                }
            }
        }
        for (AuditLog.Entry e : audit) {
            ParcoursWriter.deleteChildren(c, t, e.parcours());
            delete(c, t.parcours, "id", e.parcours());
        }
        for (String participant : participants) {
            if (!hasParcours(c, participant)) {
                delete(c, t.personalData, "participant_id", participant);
                delete(c, t.barrier, "participant_id", participant);
                delete(c, t.participant, "id", participant);
                delete(c, t.esfAnswer, "participant_id", participant);
                audit.add(new AuditLog.Entry(participant, null, 0, 0, "participant purged: no parcours left"));
            }
        }
        s.audit().append(c, actor, audit);
        return (int) audit.stream().filter(e -> e.parcours() != null).count();
    }

    private boolean hasParcours(Connection c, String participant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + t.parcours + " WHERE participant_id = ?")) {
            ps.setString(1, participant);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void delete(Connection c, String table, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ?")) {
            ps.setString(1, value);
            ps.executeUpdate();
        }
    }
}
