package fr.plie.adapter.json;

import fr.plie.adapter.json.Cursor.EnumCodes;
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
import fr.plie.core.participant.ProfileFact;
import fr.plie.core.participant.ProtectionStatus;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.participant.Sex;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    private enum ProfileKey {
        birthDate,
        sex,
        residenceCommune,
        priorityNeighbourhood,
        qualificationLevel,
        jobSeekerSince,
        minimumIncomes,
        recognisedDisabledWorker,
        protection,
        singleParent,
        labourMarketStatus,
        thirdCountryNational,
        foreignBackground,
        homelessOrHousingExclusion,
        ruralArea,
        careerChange,
        barriers,
        unknownFacts
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

    private static final EnumCodes<ProtectionStatus> PROTECTION = EnumCodes.of(ProtectionStatus.class);
    /** The field holding each fact that may be unknown. */
    private static final Map<ProfileFact, String> FACT_FIELDS = Map.of(
            ProfileFact.PRIORITY_NEIGHBOURHOOD, "priorityNeighbourhood",
            ProfileFact.JOB_SEEKER_REGISTRATION, "jobSeekerSince",
            ProfileFact.MINIMUM_INCOMES, "minimumIncomes",
            ProfileFact.RECOGNISED_DISABLED_WORKER, "recognisedDisabledWorker",
            ProfileFact.PROTECTION, "protection",
            ProfileFact.SINGLE_PARENT, "singleParent",
            ProfileFact.CAREER_CHANGE, "careerChange",
            ProfileFact.LABOUR_MARKET_STATUS, "labourMarketStatus",
            ProfileFact.BARRIERS, "barriers");

    private ParticipantCodec() {}

    @Override
    Participant read(Cursor c) {
        return read(c, true);
    }

    /** A participant document, or ({@code document} false) a participant embedded in a parcours document. */
    Participant read(Cursor c, boolean document) {
        int f = c.begin(document ? DOCUMENT : EMBEDDED);
        String id = null;
        Profile profile = null;
        PersonalData personal = null;
        for (DocumentKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case formatVersion -> formatVersion(c);
                case id -> id = c.id();
                case profile -> profile = profile(c);
                case personalData -> personal = personalData(c);
            }
        }
        return c.end(f) ? new Participant(ParticipantId.of(id), profile, Option.of(personal)) : null;
    }

    private static Profile profile(Cursor c) {
        int f = c.begin(PROFILE);
        LocalDate birthDate = null;
        Sex sex = null;
        String commune = null;
        Boolean qpv = null;
        QualificationLevel level = null;
        LocalDate jobSeekerSince = null;
        List<MinimumIncome> incomes = List.of();
        Boolean rqth = null;
        ProtectionStatus protection = null;
        Boolean singleParent = null;
        LabourMarketStatus labour = null;
        Boolean thirdCountry = null;
        Boolean foreign = null;
        Boolean homeless = null;
        Boolean rural = null;
        Boolean careerChange = null;
        List<Barrier> barriers = List.of();
        List<ProfileFact> unknown = List.of();
        for (ProfileKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case birthDate -> birthDate = c.date();
                case sex -> sex = c.enumValue(Sex.class);
                case residenceCommune -> commune = c.matching(INSEE, JsonErrorCode.VALUE_INSEE);
                case priorityNeighbourhood -> qpv = c.bool();
                case qualificationLevel -> level = c.enumValue(QualificationLevel.class);
                case jobSeekerSince -> jobSeekerSince = c.date();
                case minimumIncomes -> incomes = c.list("string", x -> x.enumValue(MinimumIncome.class));
                case recognisedDisabledWorker -> rqth = c.bool();
                case protection -> protection = c.enumValue(PROTECTION);
                case singleParent -> singleParent = c.bool();
                case labourMarketStatus -> labour = c.enumValue(LabourMarketStatus.class);
                case thirdCountryNational -> thirdCountry = c.bool();
                case foreignBackground -> foreign = c.bool();
                case homelessOrHousingExclusion -> homeless = c.bool();
                case ruralArea -> rural = c.bool();
                case careerChange -> careerChange = c.bool();
                case barriers -> barriers = c.list("object", ParticipantCodec::barrier);
                case unknownFacts -> unknown = c.list("string", x -> x.enumValue(ProfileFact.class));
            }
        }
        if (!c.end(f)) {
            return null;
        }
        if (!c.distinct(incomes, "minimumIncomes") || !c.distinct(unknown, "unknownFacts")) {
            return null;
        }
        Profile known = Profile.builder()
                .birthDate(birthDate)
                .sex(sex)
                .residenceCommune(InseeCode.of(commune))
                .priorityNeighbourhood(isTrue(qpv))
                .qualificationLevel(level)
                .jobSeekerSince(Option.of(jobSeekerSince))
                .minimumIncomes(incomes)
                .recognisedDisabledWorker(isTrue(rqth))
                .protection(protection == null ? ProtectionStatus.NONE : protection)
                .singleParent(isTrue(singleParent))
                .careerChange(isTrue(careerChange))
                .labourMarketStatus(labour == null ? LabourMarketStatus.UNEMPLOYED : labour)
                .thirdCountryNational(isTrue(thirdCountry))
                .foreignBackground(isTrue(foreign))
                .homelessOrHousingExclusion(isTrue(homeless))
                .ruralArea(isTrue(rural))
                .barriers(barriers)
                .build();
        int before = c.errorCount();
        for (ProfileFact fact : unknown) {
            if (known.holdsValue(fact)) {
                c.errorAt(JsonErrorCode.RULE_UNKNOWN_FACT, c.child(FACT_FIELDS.get(fact)), FACT_FIELDS.get(fact));
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
        int f = c.begin(BARRIER);
        BarrierKind kind = null;
        BarrierStatus status = null;
        LocalDate identifiedOn = null;
        LocalDate liftedOn = null;
        for (BarrierKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case kind -> kind = c.enumValue(BarrierKind.class);
                case status -> status = c.enumValue(BarrierStatus.class);
                case identifiedOn -> identifiedOn = c.date();
                case liftedOn -> liftedOn = c.date();
            }
        }
        if (!c.end(f)) {
            return null;
        }
        if ((liftedOn != null) != (status == BarrierStatus.LIFTED)) {
            c.errorAt(JsonErrorCode.RULE_BARRIER_LIFTED, c.child("liftedOn"));
            return null;
        }
        if (liftedOn != null && liftedOn.isBefore(identifiedOn)) {
            c.errorAt(JsonErrorCode.RULE_DATE_ORDER, c.child("liftedOn"), "liftedOn", "identifiedOn");
            return null;
        }
        return new Barrier(kind, status, identifiedOn, Option.of(liftedOn));
    }

    private static PersonalData personalData(Cursor c) {
        int f = c.beginNullable(PERSONAL);
        String first = null;
        String last = null;
        String email = null;
        String phone = null;
        String address = null;
        for (PersonalKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case firstName -> first = c.text(100);
                case lastName -> last = c.text(100);
                case email -> email = c.matching(EMAIL, JsonErrorCode.VALUE_EMAIL);
                case phone -> phone = c.text(30);
                case address -> address = c.text(300);
            }
        }
        return c.end(f) ? new PersonalData(first, last, Option.of(email), Option.of(phone), Option.of(address)) : null;
    }

    private static boolean isTrue(Boolean b) {
        return b != null && b;
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
        Out.date(g, ProfileKey.birthDate, p.birthDate());
        Out.code(g, ProfileKey.sex, p.sex());
        g.writeStringProperty(
                ProfileKey.residenceCommune.name(), p.residenceCommune().value());
        if (p.knows(ProfileFact.PRIORITY_NEIGHBOURHOOD)) {
            g.writeBooleanProperty(ProfileKey.priorityNeighbourhood.name(), p.priorityNeighbourhood());
        }
        Out.code(g, ProfileKey.qualificationLevel, p.qualificationLevel());
        if (p.knows(ProfileFact.JOB_SEEKER_REGISTRATION)) {
            Out.date(g, ProfileKey.jobSeekerSince, p.jobSeekerSince());
        }
        if (p.knows(ProfileFact.MINIMUM_INCOMES)) {
            Out.texts(g, ProfileKey.minimumIncomes, p.minimumIncomes(), Enum::name);
        }
        if (p.knows(ProfileFact.RECOGNISED_DISABLED_WORKER)) {
            g.writeBooleanProperty(ProfileKey.recognisedDisabledWorker.name(), p.recognisedDisabledWorker());
        }
        if (p.knows(ProfileFact.PROTECTION)) {
            Out.code(g, ProfileKey.protection, p.protection());
        }
        if (p.knows(ProfileFact.SINGLE_PARENT)) {
            g.writeBooleanProperty(ProfileKey.singleParent.name(), p.singleParent());
        }
        if (p.knows(ProfileFact.CAREER_CHANGE)) {
            g.writeBooleanProperty(ProfileKey.careerChange.name(), p.careerChange());
        }
        if (p.knows(ProfileFact.LABOUR_MARKET_STATUS)) {
            Out.code(g, ProfileKey.labourMarketStatus, p.labourMarketStatus());
        }
        g.writeBooleanProperty(ProfileKey.thirdCountryNational.name(), p.thirdCountryNational());
        g.writeBooleanProperty(ProfileKey.foreignBackground.name(), p.foreignBackground());
        g.writeBooleanProperty(ProfileKey.homelessOrHousingExclusion.name(), p.homelessOrHousingExclusion());
        g.writeBooleanProperty(ProfileKey.ruralArea.name(), p.ruralArea());
        if (p.knows(ProfileFact.BARRIERS)) {
            Out.objects(g, ProfileKey.barriers, p.barriers(), (gen, b) -> {
                Out.code(gen, BarrierKey.kind, b.kind());
                Out.code(gen, BarrierKey.status, b.status());
                Out.date(gen, BarrierKey.identifiedOn, b.identifiedOn());
                Out.date(gen, BarrierKey.liftedOn, b.liftedOn());
            });
        }
        if (!p.unknownFacts().isEmpty()) {
            Out.texts(
                    g,
                    ProfileKey.unknownFacts,
                    p.unknownFacts().stream().sorted().toList(),
                    Enum::name);
        }
    }
}
