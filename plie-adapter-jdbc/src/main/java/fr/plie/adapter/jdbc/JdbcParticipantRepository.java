package fr.plie.adapter.jdbc;

import fr.plie.core.common.Rejection;
import fr.plie.core.participant.Barrier;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.BarrierStatus;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.ParticipantRepository;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.ProfileFact;
import fr.plie.core.participant.ProtectionStatus;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.participant.Sex;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link ParticipantRepository} over JDBC: the pseudonymous profile in one table, name and contact in another,
 * so that erasure deletes one row and pseudonymised reads never touch it.
 */
final class JdbcParticipantRepository implements ParticipantRepository {
    static final String PROFILE_COLUMNS = "birth_date, sex, residence_commune, priority_neighbourhood,"
            + " qualification_level, job_seeker_since, minimum_incomes, recognised_disabled_worker, protection,"
            + " single_parent, labour_market_status, third_country_national, foreign_background,"
            + " homeless_or_housing_exclusion, rural_area, career_change, unknown_facts";

    private final Settings s;
    private final Tables t;
    private final UnitOfWork uow;
    private final String actor;
    private final boolean pseudonymised;

    JdbcParticipantRepository(Settings settings, UnitOfWork uow, String actor, boolean pseudonymised) {
        this.s = settings;
        this.t = settings.tables();
        this.uow = uow;
        this.actor = actor;
        this.pseudonymised = pseudonymised;
    }

    @Override
    public Option<Participant> findById(ParticipantId id) {
        return uow.atomically(
                        "reading participant " + id, c -> Either.<Rejection, Option<Participant>>right(read(c, id)))
                .get();
    }

    private Option<Participant> read(Connection c, ParticipantId id) throws SQLException {
        return Option.of(readAll(c, List.of(id.value())).get(id.value()));
    }

    /**
     * The participants with these ids (at most a stream page's worth), by id, in three queries whatever their
     * number: profiles, barriers and, unless pseudonymised, personal data. Unknown ids are absent.
     */
    Map<String, Participant> readAll(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Participant> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<String> list = new ArrayList<>(ids);
        String in = " IN (" + String.join(", ", Collections.nCopies(list.size(), "?")) + ")";
        Map<String, Profile.Builder> profiles = new LinkedHashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT " + PROFILE_COLUMNS + ", id FROM " + t.participant + " WHERE id" + in)) {
            bind(ps, list);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    profiles.put(rs.getString(18), profile(rs));
                }
            }
        }
        Map<String, List<Barrier>> barriers = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, status, identified_on, lifted_on, participant_id"
                + " FROM " + t.barrier + " WHERE participant_id" + in + " ORDER BY participant_id, pos")) {
            bind(ps, list);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    barriers.computeIfAbsent(rs.getString(5), k -> new ArrayList<>())
                            .add(barrier(rs));
                }
            }
        }
        Map<String, PersonalData> personal = new HashMap<>();
        if (!pseudonymised) {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT first_name, last_name, email, phone, address, participant_id FROM "
                            + t.personalData + " WHERE participant_id" + in)) {
                bind(ps, list);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        personal.put(rs.getString(6), personalData(rs));
                    }
                }
            }
        }
        for (Map.Entry<String, Profile.Builder> e : profiles.entrySet()) {
            found.put(
                    e.getKey(),
                    participant(
                            e.getKey(),
                            e.getValue(),
                            barriers.getOrDefault(e.getKey(), List.of()),
                            Option.of(personal.get(e.getKey()))));
        }
        return found;
    }

    /** The participant {@code id} from its rows: the profile's, its barriers' in order, its personal data's. */
    static Participant participant(
            String id, Profile.Builder profile, List<Barrier> barriers, Option<PersonalData> personal) {
        return new Participant(ParticipantId.of(id), profile.barriers(barriers).build(), personal);
    }

    private static void bind(PreparedStatement ps, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
    }

    /** The profile in columns 1 to 17 of the current row, in the order of {@link #PROFILE_COLUMNS}. */
    static Profile.Builder profile(ResultSet rs) throws SQLException {
        return Profile.builder()
                .birthDate(Sql.date(rs, 1))
                .sex(Sex.valueOf(rs.getString(2)))
                .residenceCommune(InseeCode.of(rs.getString(3)))
                .priorityNeighbourhood(rs.getBoolean(4))
                .qualificationLevel(QualificationLevel.valueOf(rs.getString(5)))
                .jobSeekerSince(Sql.optionalDate(rs, 6))
                .minimumIncomes(incomes(rs.getString(7)))
                .recognisedDisabledWorker(rs.getBoolean(8))
                .protection(ProtectionStatus.valueOf(rs.getString(9)))
                .singleParent(rs.getBoolean(10))
                .labourMarketStatus(LabourMarketStatus.valueOf(rs.getString(11)))
                .thirdCountryNational(rs.getBoolean(12))
                .foreignBackground(rs.getBoolean(13))
                .homelessOrHousingExclusion(rs.getBoolean(14))
                .ruralArea(rs.getBoolean(15))
                .careerChange(rs.getBoolean(16))
                .unknownFacts(codes(ProfileFact.class, rs.getString(17)));
    }

    /** The barrier in columns 1 to 4: kind, status, identified on, lifted on. */
    static Barrier barrier(ResultSet rs) throws SQLException {
        return new Barrier(
                BarrierKind.valueOf(rs.getString(1)),
                BarrierStatus.valueOf(rs.getString(2)),
                Sql.date(rs, 3),
                Sql.optionalDate(rs, 4));
    }

    /** The personal data in columns 1 to 5: first name, last name, email, phone, address. */
    static PersonalData personalData(ResultSet rs) throws SQLException {
        return new PersonalData(rs.getString(1), rs.getString(2), Sql.text(rs, 3), Sql.text(rs, 4), Sql.text(rs, 5));
    }

    /**
     * Stores the participant, replacing what was stored. Text PostgreSQL cannot hold (U+0000) is refused with
     * {@code jdbc.text.nul-refused} naming the field, before anything is written.
     */
    @Override
    public Either<Rejection, Participant> save(Participant participant) {
        requireWritable();
        Option<Rejection> refused = TextCheck.check(s.dialect(), participant);
        if (refused.isDefined()) {
            return Either.left(refused.get());
        }
        return uow.atomically("saving participant " + participant.id(), c -> {
            write(c, participant);
            return Either.right(participant);
        });
    }

    /**
     * Stores {@code participant} on {@code c}, replacing what was stored, with its audit record; part of the
     * caller's transaction (a save, or a batch of an import).
     *
     * @return whether the participant was stored before
     */
    boolean write(Connection c, Participant participant) throws SQLException {
        String id = participant.id().value();
        boolean existed = update(c, participant) == 1;
        if (existed) {
            delete(c, t.barrier, id);
            delete(c, t.personalData, id);
            try (Rows rows = new Rows(c, false)) {
                rows.details(participant);
            }
        } else {
            try (Rows rows = new Rows(c, false)) {
                rows.add(participant);
            }
        }
        s.audit().append(c, actor, List.of(entry(participant, existed)));
        return existed;
    }

    /**
     * Inserts participants not stored yet on {@code c} with their barriers, personal data and one audit record
     * each, in batches (PostgreSQL's COPY protocol, see {@link Batch#insert}); part of the caller's transaction
     * (a batch of an import). One stored meanwhile fails on the primary key (SQL state class 23).
     */
    void insertAll(Connection c, Collection<Participant> all) throws SQLException {
        if (all.isEmpty()) {
            return;
        }
        List<AuditLog.Entry> entries = new ArrayList<>(all.size());
        try (Rows rows = new Rows(c, true)) {
            for (Participant p : all) {
                rows.add(p);
                entries.add(entry(p, false));
            }
        }
        s.audit().append(c, actor, entries);
    }

    private static AuditLog.Entry entry(Participant participant, boolean existed) {
        String change = (existed ? "participant updated" : "participant created")
                + (participant.personalData().isDefined() ? ", personal data held" : ", no personal data");
        return new AuditLog.Entry(participant.id().value(), null, 0, 0, change);
    }

    /**
     * The rows of participants, in one batch per table, sent when closed: profiles, barriers, personal data. Many
     * rows go through {@link Batch#insert} (COPY on PostgreSQL); a single participant through plain statements.
     */
    private final class Rows implements AutoCloseable {
        private final Batch profiles;
        private final Batch barriers;
        private final Batch personal;

        Rows(Connection c, boolean many) throws SQLException {
            this.profiles = batch(
                    c,
                    many,
                    "INSERT INTO " + t.participant + " (" + PROFILE_COLUMNS + ", id) VALUES ("
                            + String.join(", ", Collections.nCopies(18, "?")) + ")");
            this.barriers = batch(c, many, "INSERT INTO " + t.barrier + " VALUES (?, ?, ?, ?, ?, ?)");
            this.personal = batch(c, many, "INSERT INTO " + t.personalData + " VALUES (?, ?, ?, ?, ?, ?)");
        }

        private Batch batch(Connection c, boolean many, String insert) throws SQLException {
            return many ? Batch.insert(c, s.dialect(), insert) : new Batch(c, insert);
        }

        /** The profile's row and the details' rows of a participant not stored yet. */
        void add(Participant participant) throws SQLException {
            bindProfile(profiles.row(), participant.profile());
            profiles.row().setString(18, participant.id().value());
            profiles.add();
            details(participant);
        }

        /** The rows of the barriers and the personal data. */
        void details(Participant participant) throws SQLException {
            String id = participant.id().value();
            int pos = 0;
            for (Barrier barrier : participant.profile().barriers()) {
                PreparedStatement ps = barriers.row();
                ps.setString(1, id);
                ps.setInt(2, pos++);
                ps.setString(3, barrier.kind().name());
                ps.setString(4, barrier.status().name());
                Sql.date(ps, 5, barrier.identifiedOn());
                Sql.date(ps, 6, barrier.liftedOn());
                barriers.add();
            }
            if (participant.personalData().isDefined()) {
                PersonalData d = participant.personalData().get();
                PreparedStatement ps = personal.row();
                ps.setString(1, id);
                ps.setString(2, d.firstName());
                ps.setString(3, d.lastName());
                Sql.text(ps, 4, d.email());
                Sql.text(ps, 5, d.phone());
                Sql.text(ps, 6, d.address());
                personal.add();
            }
        }

        /** Sends the rows, profiles first (the others reference them). */
        @Override
        public void close() throws SQLException {
            try (profiles;
                    barriers;
                    personal) {
                profiles.flush();
                barriers.flush();
                personal.flush();
            }
        }
    }

    @Override
    public boolean erasePersonalData(ParticipantId id) {
        requireWritable();
        return uow.atomically("erasing the personal data of participant " + id, c -> {
                    if (read(c, id).isEmpty()) {
                        return Either.<Rejection, Boolean>right(false);
                    }
                    delete(c, t.personalData, id.value());
                    // a name or a phone typed into a synthesis or a reason goes too (FreeTexts lists the fields)
                    new JdbcParcoursRepository(s, uow, actor, false).eraseFreeTexts(c, id);
                    s.audit()
                            .append(
                                    c,
                                    actor,
                                    List.of(new AuditLog.Entry(id.value(), null, 0, 0, "personal data erased")));
                    return Either.<Rejection, Boolean>right(true);
                })
                .get();
    }

    private int update(Connection c, Participant p) throws SQLException {
        String set = String.join(" = ?, ", PROFILE_COLUMNS.split(",\\s*")) + " = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.participant + " SET " + set + " WHERE id = ?")) {
            bindProfile(ps, p.profile());
            ps.setString(18, p.id().value());
            return ps.executeUpdate();
        }
    }

    private static void bindProfile(PreparedStatement ps, Profile p) throws SQLException {
        Sql.date(ps, 1, p.birthDate());
        ps.setString(2, p.sex().name());
        ps.setString(3, p.residenceCommune().value());
        ps.setBoolean(4, p.priorityNeighbourhood());
        ps.setString(5, p.qualificationLevel().name());
        Sql.date(ps, 6, p.jobSeekerSince());
        ps.setString(7, p.minimumIncomes().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        ps.setBoolean(8, p.recognisedDisabledWorker());
        ps.setString(9, p.protection().name());
        ps.setBoolean(10, p.singleParent());
        ps.setString(11, p.labourMarketStatus().name());
        ps.setBoolean(12, p.thirdCountryNational());
        ps.setBoolean(13, p.foreignBackground());
        ps.setBoolean(14, p.homelessOrHousingExclusion());
        ps.setBoolean(15, p.ruralArea());
        ps.setBoolean(16, p.careerChange());
        ps.setString(17, p.unknownFacts().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
    }

    private static Set<MinimumIncome> incomes(String stored) {
        return codes(MinimumIncome.class, stored);
    }

    /** Enum codes stored comma-separated; MariaDB and the others agree on an empty string for none. */
    private static <E extends Enum<E>> Set<E> codes(Class<E> type, String stored) {
        Set<E> values = EnumSet.noneOf(type);
        if (stored != null && !stored.isEmpty()) {
            Arrays.stream(stored.split(","))
                    .map(code -> Enum.valueOf(type, code))
                    .forEach(values::add);
        }
        return values;
    }

    private static void delete(Connection c, String table, String participantId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE participant_id = ?")) {
            ps.setString(1, participantId);
            ps.executeUpdate();
        }
    }

    private void requireWritable() {
        if (pseudonymised) {
            throw new UnsupportedOperationException("pseudonymised repositories are read-only");
        }
    }
}
