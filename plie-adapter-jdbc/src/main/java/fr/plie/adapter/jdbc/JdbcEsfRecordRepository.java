package fr.plie.adapter.jdbc;

import fr.plie.core.common.Rejection;
import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfAnswerKind;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.esf.EsfRecordRepository;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link EsfRecordRepository} over JDBC: one row per entered answer. A record without answers is not stored (there
 * is nothing entered to keep). Saving replaces the participant's answers for the operation and is audited with the
 * questions changed, never the answers (they are sensitive).
 */
final class JdbcEsfRecordRepository implements EsfRecordRepository {
    private final Settings s;
    private final Tables t;
    private final UnitOfWork uow;
    private final String actor;

    JdbcEsfRecordRepository(Settings settings, UnitOfWork uow, String actor) {
        this.s = settings;
        this.t = settings.tables();
        this.uow = uow;
        this.actor = actor;
    }

    @Override
    public Option<EsfRecord> find(ParticipantId participant, EsfOperationId operation) {
        return uow.atomically("reading the ESF+ answers of " + participant, c -> {
                    List<EsfRecord> found = read(
                            c,
                            " WHERE participant_id = ? AND operation_id = ?",
                            participant.value(),
                            operation.value());
                    return Either.<Rejection, Option<EsfRecord>>right(
                            Option.ofOptional(found.stream().findFirst()));
                })
                .get();
    }

    @Override
    public List<EsfRecord> findByOperation(EsfOperationId operation) {
        return readAll(
                "reading the ESF+ answers of operation " + operation, " WHERE operation_id = ?", operation.value());
    }

    @Override
    public List<EsfRecord> findByParticipant(ParticipantId participant) {
        return readAll("reading the ESF+ answers of " + participant, " WHERE participant_id = ?", participant.value());
    }

    private List<EsfRecord> readAll(String what, String where, String arg) {
        return uow.atomically(what, c -> Either.<Rejection, List<EsfRecord>>right(read(c, where, arg)))
                .get();
    }

    @Override
    public Either<Rejection, EsfRecord> save(EsfRecord record) {
        if (!record.violations().isEmpty()) {
            return Either.left(record.violations().get(0));
        }
        return uow.atomically("saving the ESF+ answers of " + record.participant(), c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM " + t.esfAnswer + " WHERE participant_id = ? AND operation_id = ?")) {
                ps.setString(1, record.participant().value());
                ps.setString(2, record.operation().value());
                ps.executeUpdate();
            }
            try (Batch b = new Batch(
                    c,
                    "INSERT INTO " + t.esfAnswer
                            + " (participant_id, operation_id, question, kind, code, updated_on) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<EsfQuestion, EsfAnswer> e : record.answers().entrySet()) {
                    PreparedStatement ps = b.row();
                    ps.setString(1, record.participant().value());
                    ps.setString(2, record.operation().value());
                    ps.setString(3, e.getKey().name());
                    ps.setString(4, e.getValue().kind().name());
                    Sql.text(ps, 5, e.getValue().code());
                    Sql.date(ps, 6, record.updatedOn());
                    b.add();
                }
                b.flush();
            }
            String questions = String.join(
                    ", ", record.answers().keySet().stream().map(Enum::name).toList());
            s.audit()
                    .append(
                            c,
                            actor,
                            List.of(new AuditLog.Entry(
                                    record.participant().value(),
                                    null,
                                    0,
                                    0,
                                    "ESF+ answers of operation " + record.operation() + " saved: " + questions)));
            return Either.<Rejection, EsfRecord>right(record);
        });
    }

    private List<EsfRecord> read(Connection c, String where, String... args) throws SQLException {
        Map<String, Map<EsfQuestion, EsfAnswer>> answers = new LinkedHashMap<>();
        Map<String, LocalDate> updated = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT participant_id, operation_id, question, kind, code,"
                + " updated_on FROM " + t.esfAnswer + where + " ORDER BY participant_id, operation_id")) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) + "\n" + rs.getString(2);
                    EsfAnswerKind kind = EsfAnswerKind.valueOf(rs.getString(4));
                    answers.computeIfAbsent(key, k -> new EnumMap<>(EsfQuestion.class))
                            .put(EsfQuestion.valueOf(rs.getString(3)), new EsfAnswer(kind, Sql.text(rs, 5)));
                    updated.merge(key, Sql.date(rs, 6), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        List<EsfRecord> records = new ArrayList<>();
        answers.forEach((key, byQuestion) -> {
            String[] ids = key.split("\n");
            records.add(
                    new EsfRecord(ParticipantId.of(ids[0]), EsfOperationId.of(ids[1]), byQuestion, updated.get(key)));
        });
        return records;
    }
}
