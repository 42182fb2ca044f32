package fr.plie.adapter.jdbc;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursWithParticipant;
import fr.plie.core.participant.Barrier;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs each parcours of a stream with its participant (none when it is not stored): per page, the participants'
 * profiles, barriers and, unless pseudonymised, personal data in one query each ({@link
 * JdbcParticipantRepository#readAll}); alongside sorted parcours, the same three tables read once each, joined to
 * the parcours of the filter and sorted as they are.
 */
final class WithParticipants implements ParcoursCompanion<ParcoursWithParticipant> {
    private final JdbcParticipantRepository participants;
    private final Tables t;
    private final boolean pseudonymised;

    WithParticipants(JdbcParticipantRepository participants, Tables tables, boolean pseudonymised) {
        this.participants = participants;
        this.t = tables;
        this.pseudonymised = pseudonymised;
    }

    @Override
    public List<ParcoursWithParticipant> page(Connection c, List<Parcours> page) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        for (Parcours p : page) {
            ids.add(p.participant().value());
        }
        Map<String, Participant> found = participants.readAll(c, ids);
        List<ParcoursWithParticipant> joined = new ArrayList<>(page.size());
        for (Parcours p : page) {
            joined.add(new ParcoursWithParticipant(
                    p, Option.of(found.get(p.participant().value()))));
        }
        return joined;
    }

    @Override
    public Sorted<ParcoursWithParticipant> sorted(
            Connection c, String filter, ParcoursPages.Binder binder, int fetchSize) throws SQLException {
        String profile = "a." + String.join(", a.", JdbcParticipantRepository.PROFILE_COLUMNS.split(",\\s*"));
        List<SortedRows> opened = new ArrayList<>();
        try {
            opened.add(SortedRows.open(
                    c,
                    t.participant,
                    joined(profile, t.participant + " a ON a.id", filter, ""),
                    binder,
                    fetchSize,
                    18));
            opened.add(SortedRows.open(
                    c,
                    t.barrier,
                    joined(
                            "b.kind, b.status, b.identified_on, b.lifted_on",
                            t.barrier + " b ON b.participant_id",
                            filter,
                            ", b.pos"),
                    binder,
                    fetchSize,
                    5));
            if (!pseudonymised) {
                opened.add(SortedRows.open(
                        c,
                        t.personalData,
                        joined(
                                "d.first_name, d.last_name, d.email, d.phone, d.address",
                                t.personalData + " d ON d.participant_id",
                                filter,
                                ""),
                        binder,
                        fetchSize,
                        6));
            }
        } catch (SQLException | RuntimeException e) {
            SortedRows.closeAfter(opened, e);
            throw e;
        }
        return new Alongside(opened);
    }

    /** {@code columns} then the parcours id, of {@code joinedOn} the parcours' participant, sorted as the parcours. */
    private String joined(String columns, String joinedOn, String filter, String thenBy) {
        return "SELECT " + columns + ", p.id FROM " + t.parcours + " p JOIN " + joinedOn + " = p.participant_id WHERE "
                + filter + " ORDER BY p.id" + thenBy;
    }

    /** The participants' rows, taken parcours after parcours. */
    private static final class Alongside implements Sorted<ParcoursWithParticipant> {
        private final List<SortedRows> rows;

        Alongside(List<SortedRows> rows) {
            this.rows = rows;
        }

        @Override
        public Function<Parcours, ParcoursWithParticipant> take(byte[] key) throws SQLException {
            Profile.Builder[] profile = new Profile.Builder[1];
            List<Barrier> barriers = new ArrayList<>();
            PersonalData[] personal = new PersonalData[1];
            rows.get(0).take(key, row -> profile[0] = JdbcParticipantRepository.profile(row));
            rows.get(1).take(key, row -> barriers.add(JdbcParticipantRepository.barrier(row)));
            if (rows.size() > 2) {
                rows.get(2).take(key, row -> personal[0] = JdbcParticipantRepository.personalData(row));
            }
            return parcours -> new ParcoursWithParticipant(
                    parcours,
                    profile[0] == null
                            ? Option.none()
                            : Option.some(JdbcParticipantRepository.participant(
                                    parcours.participant().value(), profile[0], barriers, Option.of(personal[0]))));
        }

        @Override
        public void requireDrained() {
            rows.forEach(SortedRows::requireDrained);
        }

        @Override
        public void close() throws SQLException {
            SortedRows.closeAll(rows);
        }
    }
}
