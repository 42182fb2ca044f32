package fr.plie.adapter.json;

import fr.plie.adapter.json.Parameter.Kind;
import fr.plie.core.participant.Barrier;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.BarrierStatus;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.Profile.Builder;
import fr.plie.core.participant.ProfileFact;
import fr.plie.core.participant.ProtectionStatus;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.participant.Sex;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;

/** The participant document and the participant embedded in a parcours document: id, profile, personal data. */
final class ParticipantCodec extends DocumentCodec<Participant> {
    static final ParticipantCodec INSTANCE = new ParticipantCodec();

    /** A participant document; embedded in a parcours document, the same less {@code formatVersion}. */
    private enum DocumentKey {
        formatVersion,
        id,
        profile,
        personalData
    }

    private static final Fields<DocumentKey> DOCUMENT =
            Fields.of(DocumentKey.class, DocumentKey.formatVersion, DocumentKey.id, DocumentKey.profile);
    private static final Fields<DocumentKey> EMBEDDED = DOCUMENT.without(DocumentKey.formatVersion);

    /**
     * The fields of a profile, in the order the writer lists them; each says how it is read, set and written, and
     * the fact it holds when that fact may be unknown (the field is then written only when the fact is known).
     */
    private enum ProfileKey {
        birthDate(Kind.DATE, Profile::birthDate, Builder::birthDate),
        sex(Kind.code(Sex.class), Profile::sex, Builder::sex),
        residenceCommune(Kinds.COMMUNE, Profile::residenceCommune, Builder::residenceCommune),
        priorityNeighbourhood(
                ProfileFact.PRIORITY_NEIGHBOURHOOD,
                Kind.BOOL,
                Profile::priorityNeighbourhood,
                Builder::priorityNeighbourhood),
        qualificationLevel(
                Kind.code(QualificationLevel.class), Profile::qualificationLevel, Builder::qualificationLevel),
        jobSeekerSince(
                ProfileFact.JOB_SEEKER_REGISTRATION,
                Kind.OPTIONAL_DATE,
                Profile::jobSeekerSince,
                Builder::jobSeekerSince),
        minimumIncomes(ProfileFact.MINIMUM_INCOMES, Kinds.INCOMES, Profile::minimumIncomes, Builder::minimumIncomes),
        recognisedDisabledWorker(
                ProfileFact.RECOGNISED_DISABLED_WORKER,
                Kind.BOOL,
                Profile::recognisedDisabledWorker,
                Builder::recognisedDisabledWorker),
        protection(ProfileFact.PROTECTION, Kind.code(ProtectionStatus.class), Profile::protection, Builder::protection),
        singleParent(ProfileFact.SINGLE_PARENT, Kind.BOOL, Profile::singleParent, Builder::singleParent),
        careerChange(ProfileFact.CAREER_CHANGE, Kind.BOOL, Profile::careerChange, Builder::careerChange),
        labourMarketStatus(
                ProfileFact.LABOUR_MARKET_STATUS,
                Kind.code(LabourMarketStatus.class),
                Profile::labourMarketStatus,
                Builder::labourMarketStatus),
        thirdCountryNational(Kind.BOOL, Profile::thirdCountryNational, Builder::thirdCountryNational),
        foreignBackground(Kind.BOOL, Profile::foreignBackground, Builder::foreignBackground),
        homelessOrHousingExclusion(Kind.BOOL, Profile::homelessOrHousingExclusion, Builder::homelessOrHousingExclusion),
        ruralArea(Kind.BOOL, Profile::ruralArea, Builder::ruralArea),
        barriers(ProfileFact.BARRIERS, Kinds.BARRIERS, Profile::barriers, Builder::barriers),
        unknownFacts;

        /** Null for {@code unknownFacts}, which says which facts the others do not hold. */
        final Parameter<Profile, Builder, ?> parameter;
        /** The fact the field holds, when it may be unknown. */
        final ProfileFact fact;

        ProfileKey() {
            this.parameter = null;
            this.fact = null;
        }

        <V> ProfileKey(Kind<V> kind, Function<Profile, V> get, BiConsumer<Builder, V> set) {
            this(null, kind, get, set);
        }

        <V> ProfileKey(ProfileFact fact, Kind<V> kind, Function<Profile, V> get, BiConsumer<Builder, V> set) {
            this.parameter = new Parameter<>(kind, get, set);
            this.fact = fact;
        }
    }

    /** The kinds of the profile's fields besides dates, codes and booleans. */
    private static final class Kinds {
        static final Kind<InseeCode> COMMUNE = new Kind<>(
                c -> Option.of(c.matching(INSEE, JsonErrorCode.VALUE_INSEE))
                        .map(InseeCode::of)
                        .getOrNull(),
                (g, k, v) -> g.writeStringProperty(k.name(), v.value()));
        static final Kind<Collection<MinimumIncome>> INCOMES = new Kind<>(
                c -> c.list("string", x -> x.enumValue(MinimumIncome.class)),
                (g, k, v) -> Out.texts(g, k, v, Enum::name));
        static final Kind<List<Barrier>> BARRIERS = new Kind<>(
                c -> c.list("object", ParticipantCodec::barrier),
                (g, k, v) -> Out.objects(g, k, v, ParticipantCodec::barrier));
    }

    private static final Set<ProfileKey> PARAMETERS = EnumSet.range(ProfileKey.birthDate, ProfileKey.barriers);
    /** The field holding each fact that may be unknown. */
    private static final Map<ProfileFact, ProfileKey> FACT_FIELDS = new EnumMap<>(ProfileFact.class);

    static {
        PARAMETERS.stream().filter(k -> k.fact != null).forEach(k -> FACT_FIELDS.put(k.fact, k));
    }

    private static final Fields<ProfileKey> PROFILE = Fields.of(
            ProfileKey.class,
            ProfileKey.birthDate,
            ProfileKey.sex,
            ProfileKey.residenceCommune,
            ProfileKey.qualificationLevel);

    private enum PersonalKey {
        firstName,
        lastName,
        email,
        phone,
        address
    }

    private static final Fields<PersonalKey> PERSONAL =
            Fields.of(PersonalKey.class, PersonalKey.firstName, PersonalKey.lastName);

    private enum BarrierKey {
        kind,
        status,
        identifiedOn,
        liftedOn
    }

    private static final Fields<BarrierKey> BARRIER =
            Fields.of(BarrierKey.class, BarrierKey.kind, BarrierKey.status, BarrierKey.identifiedOn);

    static final Pattern INSEE = Pattern.compile("(\\d{2}|2A|2B)\\d{3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

    private ParticipantCodec() {}

    @Override
    Participant read(Cursor c) {
        return read(c, true);
    }

    /** A participant document, or ({@code document} false) a participant embedded in a parcours document. */
    Participant read(Cursor c, boolean document) {
        Values<DocumentKey> v = c.object(document ? DOCUMENT : EMBEDDED, (x, k) -> switch (k) {
            case formatVersion -> formatVersion(x);
            case id -> x.id();
            case profile -> profile(x);
            case personalData -> x.nullable(ParticipantCodec::personalData);
        });
        return v == null
                ? null
                : new Participant(
                        ParticipantId.of(v.get(DocumentKey.id)),
                        v.get(DocumentKey.profile),
                        v.option(DocumentKey.personalData));
    }

    private static Profile profile(Cursor c) {
        Values<ProfileKey> v = c.object(
                PROFILE,
                (x, k) -> k == ProfileKey.unknownFacts
                        ? x.list("string", t -> t.enumValue(ProfileFact.class))
                        : k.parameter.read(x));
        if (v == null) {
            return null;
        }
        List<ProfileFact> unknown = v.list(ProfileKey.unknownFacts);
        if (!c.distinct(v.get(ProfileKey.minimumIncomes), "minimumIncomes") || !c.distinct(unknown, "unknownFacts")) {
            return null;
        }
        // a fact left out (or null) takes the profile's default
        Builder b = Profile.builder();
        for (ProfileKey k : PARAMETERS) {
            if (v.get(k) != null) {
                k.parameter.set(b, v.get(k));
            }
        }
        Profile known = b.build();
        int before = c.errorCount();
        for (ProfileFact fact : unknown) {
            if (known.holdsValue(fact)) {
                String field = FACT_FIELDS.get(fact).name();
                c.errorAt(JsonErrorCode.RULE_UNKNOWN_FACT, c.child(field), field);
            }
        }
        if (c.errorCount() != before) {
            return null;
        }
        return unknown.isEmpty()
                ? known
                : Profile.builder().from(known).unknownFacts(unknown).build();
    }

    private static Barrier barrier(Cursor c) {
        Values<BarrierKey> v = c.object(BARRIER, (x, k) -> switch (k) {
            case kind -> x.enumValue(BarrierKind.class);
            case status -> x.enumValue(BarrierStatus.class);
            case identifiedOn, liftedOn -> x.date();
        });
        if (v == null) {
            return null;
        }
        LocalDate identifiedOn = v.get(BarrierKey.identifiedOn);
        LocalDate liftedOn = v.get(BarrierKey.liftedOn);
        BarrierStatus status = v.get(BarrierKey.status);
        if ((liftedOn != null) != (status == BarrierStatus.LIFTED)) {
            c.errorAt(JsonErrorCode.RULE_BARRIER_LIFTED, c.child("liftedOn"));
            return null;
        }
        if (!c.inOrder(identifiedOn, liftedOn, "liftedOn", "identifiedOn")) {
            return null;
        }
        return new Barrier(v.get(BarrierKey.kind), status, identifiedOn, Option.of(liftedOn));
    }

    private static PersonalData personalData(Cursor c) {
        Values<PersonalKey> v = c.object(PERSONAL, (x, k) -> switch (k) {
            case firstName, lastName -> x.text(100);
            case email -> x.matching(EMAIL, JsonErrorCode.VALUE_EMAIL);
            case phone -> x.text(30);
            case address -> x.text(300);
        });
        return v == null
                ? null
                : new PersonalData(
                        v.get(PersonalKey.firstName),
                        v.get(PersonalKey.lastName),
                        v.option(PersonalKey.email),
                        v.option(PersonalKey.phone),
                        v.option(PersonalKey.address));
    }

    /** The fields after {@code formatVersion}: all of them for a participant embedded in a parcours document. */
    @Override
    void fields(JsonGenerator g, Participant p, WriteOptions o) {
        g.writeStringProperty(DocumentKey.id.name(), p.id().value());
        Out.object(g, DocumentKey.profile, p.profile(), ParticipantCodec::profile);
        if (!o.pseudonymous()) {
            p.personalData()
                    .forEach(data -> Out.object(g, DocumentKey.personalData, data, (gen, d) -> {
                        gen.writeStringProperty(PersonalKey.firstName.name(), d.firstName());
                        gen.writeStringProperty(PersonalKey.lastName.name(), d.lastName());
                        Out.text(gen, PersonalKey.email, d.email());
                        Out.text(gen, PersonalKey.phone, d.phone());
                        Out.text(gen, PersonalKey.address, d.address());
                    }));
        }
    }

    private static void profile(JsonGenerator g, Profile p) {
        for (ProfileKey k : PARAMETERS) {
            if (k.fact == null || p.knows(k.fact)) {
                k.parameter.write(g, k, p);
            }
        }
        if (!p.unknownFacts().isEmpty()) {
            Out.texts(
                    g,
                    ProfileKey.unknownFacts,
                    p.unknownFacts().stream().sorted().toList(),
                    Enum::name);
        }
    }

    private static void barrier(JsonGenerator g, Barrier b) {
        Out.code(g, BarrierKey.kind, b.kind());
        Out.code(g, BarrierKey.status, b.status());
        Out.date(g, BarrierKey.identifiedOn, b.identifiedOn());
        Out.date(g, BarrierKey.liftedOn, b.liftedOn());
    }
}
