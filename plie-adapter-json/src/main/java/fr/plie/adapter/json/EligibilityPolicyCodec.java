package fr.plie.adapter.json;

import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.rules.eligibility.AgeBounds;
import fr.plie.rules.eligibility.Criterion;
import fr.plie.rules.eligibility.CriterionKind;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.Epci;
import fr.plie.rules.eligibility.Territory;
import fr.plie.rules.preset.PolicyPresets;
import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * A PLIE's eligibility rules ({@link EligibilityPolicy}, DOMAIN.md "Eligibility"): territory, age bounds, the
 * criteria of the public and how many of them must be met. A document lists the whole policy or names a
 * {@code preset} and replaces only the fields it gives (a list given replaces the preset's list).
 */
final class EligibilityPolicyCodec extends DocumentCodec<EligibilityPolicy> {
    static final EligibilityPolicyCodec INSTANCE = new EligibilityPolicyCodec();

    private enum DocumentKey {
        formatVersion,
        preset,
        name,
        territory,
        ageBounds,
        criteria,
        criteriaRequired
    }

    private static final Fields<DocumentKey> DOCUMENT = Fields.of(DocumentKey.class, DocumentKey.formatVersion);
    private static final Set<DocumentKey> ALL = EnumSet.allOf(DocumentKey.class);
    private static final Set<DocumentKey> REQUIRED_WITHOUT_PRESET =
            EnumSet.of(DocumentKey.name, DocumentKey.territory, DocumentKey.criteria, DocumentKey.criteriaRequired);

    private enum TerritoryKey {
        name,
        epcis
    }

    private static final Fields<TerritoryKey> TERRITORY = Fields.of(TerritoryKey.class, TerritoryKey.name);

    private enum EpciKey {
        name,
        communes
    }

    private static final Fields<EpciKey> EPCI = Fields.of(EpciKey.class, EpciKey.name);

    private enum AgeKey {
        minAge,
        maxAge
    }

    private static final Fields<AgeKey> AGE = Fields.of(AgeKey.class);
    /** Every parameter of every criterion; {@link #allowed} says which a kind takes. */
    private enum CriterionKey {
        kind,
        months,
        accepted,
        fromAge,
        underAge,
        jobSeekersOnly,
        atMost,
        atLeast
    }

    private static final Fields<CriterionKey> CRITERION = Fields.of(CriterionKey.class, CriterionKey.kind);

    private static final int MAX_AGE = 150;

    private EligibilityPolicyCodec() {}

    @Override
    EligibilityPolicy read(Cursor c) {
        int f = c.begin(DOCUMENT);
        EligibilityPolicy preset = null;
        String name = null;
        Territory territory = null;
        AgeBounds ageBounds = null;
        List<Criterion> criteria = null;
        Long criteriaRequired = null;
        for (DocumentKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case formatVersion -> formatVersion(c);
                case preset ->
                    preset = Presets.read(c, PolicyPresets.eligibilityPresets(), PolicyPresets::eligibilityPreset);
                case name -> name = c.text(200);
                case territory -> territory = territory(c);
                case ageBounds -> ageBounds = ageBounds(c);
                case criteria -> criteria = c.list("object", EligibilityPolicyCodec::criterion);
                case criteriaRequired -> criteriaRequired = c.integer(0, CriterionKind.values().length);
            }
        }
        boolean hasPreset = c.seen(f, DocumentKey.preset);
        if (!c.end(f) || !hasPreset && !c.fit(f, ALL, REQUIRED_WITHOUT_PRESET, "")) {
            return null;
        }
        if (!hasPreset) {
            preset = new EligibilityPolicy(name, territory, AgeBounds.NONE, List.of(), 0);
        }
        name = name != null ? name : preset.name();
        territory = territory != null ? territory : preset.territory();
        ageBounds = ageBounds != null ? ageBounds : preset.ageBounds();
        criteria = criteria != null ? criteria : preset.criteria();
        int required = criteriaRequired != null ? criteriaRequired.intValue() : preset.criteriaRequired();
        if (!c.distinct(criteria, Criterion::kind, "criteria")) {
            return null;
        }
        if (required > criteria.size()) {
            c.errorAt(JsonErrorCode.RULE_ORDER, c.child("criteriaRequired"), "criteriaRequired", "criteria");
            return null;
        }
        return new EligibilityPolicy(name, territory, ageBounds, criteria, required);
    }

    private static Territory territory(Cursor c) {
        int f = c.begin(TERRITORY);
        String name = null;
        List<Epci> epcis = List.of();
        for (TerritoryKey k; (k = c.next(f)) != null; ) {
            if (k == TerritoryKey.name) {
                name = c.text(200);
            } else {
                epcis = c.list("object", EligibilityPolicyCodec::epci);
            }
        }
        if (!c.end(f)) {
            return null;
        }
        Set<String> names = new HashSet<>();
        Set<InseeCode> communes = new HashSet<>();
        for (Epci e : epcis) {
            boolean clash = !names.add(e.name());
            for (InseeCode commune : e.communes()) {
                clash |= !communes.add(commune);
            }
            if (clash) {
                c.errorAt(JsonErrorCode.RULE_DUPLICATE, c.child("epcis"), "epcis");
                return null;
            }
        }
        return new Territory(name, epcis);
    }

    private static Epci epci(Cursor c) {
        int f = c.begin(EPCI);
        String name = null;
        List<String> communes = List.of();
        for (EpciKey k; (k = c.next(f)) != null; ) {
            if (k == EpciKey.name) {
                name = c.text(200);
            } else {
                communes = c.list("string", x -> x.matching(ParticipantCodec.INSEE, JsonErrorCode.VALUE_INSEE));
            }
        }
        if (!c.end(f) || !c.distinct(communes, "communes")) {
            return null;
        }
        return new Epci(name, communes.stream().map(InseeCode::of).collect(Collectors.toSet()));
    }

    private static AgeBounds ageBounds(Cursor c) {
        int f = c.beginNullable(AGE);
        Long min = null;
        Long max = null;
        for (AgeKey k; (k = c.next(f)) != null; ) {
            if (k == AgeKey.minAge) {
                min = c.integer(0, MAX_AGE);
            } else {
                max = c.integer(0, MAX_AGE);
            }
        }
        if (!c.end(f)) {
            return null;
        }
        if (min != null && max != null && min > max) {
            c.errorAt(JsonErrorCode.RULE_ORDER, c.child("minAge"), "minAge", "maxAge");
            return null;
        }
        return new AgeBounds(Option.of(min).map(Long::intValue), Option.of(max).map(Long::intValue));
    }

    /** The fields a criterion of {@code kind} has: its kind and its parameters, all required. */
    private static Set<CriterionKey> fields(CriterionKind kind) {
        return switch (kind) {
            case LONG_TERM_JOB_SEEKER -> EnumSet.of(CriterionKey.kind, CriterionKey.months);
            case MINIMUM_INCOME -> EnumSet.of(CriterionKey.kind, CriterionKey.accepted);
            case SENIOR -> EnumSet.of(CriterionKey.kind, CriterionKey.fromAge, CriterionKey.jobSeekersOnly);
            case YOUNG -> EnumSet.of(CriterionKey.kind, CriterionKey.underAge, CriterionKey.jobSeekersOnly);
            case LOW_QUALIFICATION -> EnumSet.of(CriterionKey.kind, CriterionKey.atMost);
            case CUMULATED_BARRIERS -> EnumSet.of(CriterionKey.kind, CriterionKey.atLeast);
            default -> EnumSet.of(CriterionKey.kind);
        };
    }

    private static Criterion criterion(Cursor c) {
        int f = c.begin(CRITERION);
        CriterionKind kind = null;
        Long months = null;
        List<MinimumIncome> accepted = null;
        Long fromAge = null;
        Long underAge = null;
        Boolean jobSeekersOnly = null;
        QualificationLevel atMost = null;
        Long atLeast = null;
        for (CriterionKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case kind -> kind = c.enumValue(CriterionKind.class);
                case months -> months = c.integer(1, 600);
                case accepted -> {
                    accepted = c.list("string", x -> x.enumValue(MinimumIncome.class));
                    if (accepted != null && accepted.isEmpty()) {
                        c.error(JsonErrorCode.VALUE_EMPTY_LIST);
                    }
                }
                case fromAge -> fromAge = c.integer(0, MAX_AGE);
                case underAge -> underAge = c.integer(1, MAX_AGE);
                case jobSeekersOnly -> jobSeekersOnly = c.bool();
                case atMost -> atMost = c.enumValue(QualificationLevel.class);
                case atLeast -> atLeast = c.integer(1, 64);
            }
        }
        if (!c.end(f)) {
            return null;
        }
        Set<CriterionKey> fields = fields(kind);
        if (!c.fit(f, fields, fields, kind.name()) || !c.distinct(accepted, "accepted")) {
            return null;
        }
        return switch (kind) {
            case JOB_SEEKER -> new Criterion.JobSeeker();
            case SEEKING_WORK -> new Criterion.SeekingWork();
            case LONG_TERM_JOB_SEEKER -> new Criterion.LongTermJobSeeker(months.intValue());
            case MINIMUM_INCOME -> new Criterion.MinimumIncomeBeneficiary(EnumSet.copyOf(accepted));
            case SENIOR -> new Criterion.Senior(fromAge.intValue(), jobSeekersOnly);
            case YOUNG -> new Criterion.Young(underAge.intValue(), jobSeekersOnly);
            case RECOGNISED_DISABLED_WORKER -> new Criterion.RecognisedDisabledWorker();
            case PRIORITY_NEIGHBOURHOOD -> new Criterion.PriorityNeighbourhood();
            case LOW_QUALIFICATION -> new Criterion.LowQualification(atMost);
            case INTERNATIONAL_PROTECTION -> new Criterion.InternationalProtection();
            case ASYLUM_SEEKER -> new Criterion.AsylumSeeker();
            case SINGLE_PARENT -> new Criterion.SingleParent();
            case CAREER_CHANGE -> new Criterion.CareerChange();
            case CUMULATED_BARRIERS -> new Criterion.CumulatedBarriers(atLeast.intValue());
        };
    }

    @Override
    void fields(JsonGenerator g, EligibilityPolicy p, WriteOptions options) {
        g.writeStringProperty(DocumentKey.name.name(), p.name());
        Out.object(g, DocumentKey.territory, p.territory(), (gen, t) -> {
            gen.writeStringProperty(TerritoryKey.name.name(), t.name());
            Out.objects(gen, TerritoryKey.epcis, t.epcis(), (out, e) -> {
                out.writeStringProperty(EpciKey.name.name(), e.name());
                Out.texts(
                        out,
                        EpciKey.communes,
                        List.copyOf(new TreeSet<>(
                                e.communes().stream().map(InseeCode::value).toList())));
            });
        });
        Out.object(g, DocumentKey.ageBounds, p.ageBounds(), (gen, a) -> {
            a.minAge().forEach(age -> gen.writeNumberProperty(AgeKey.minAge.name(), age));
            a.maxAge().forEach(age -> gen.writeNumberProperty(AgeKey.maxAge.name(), age));
        });
        Out.objects(g, DocumentKey.criteria, p.criteria(), EligibilityPolicyCodec::criterion);
        g.writeNumberProperty(DocumentKey.criteriaRequired.name(), p.criteriaRequired());
    }

    private static void criterion(JsonGenerator g, Criterion criterion) {
        Out.code(g, CriterionKey.kind, criterion.kind());
        if (criterion instanceof Criterion.LongTermJobSeeker l) {
            g.writeNumberProperty(CriterionKey.months.name(), l.months());
        } else if (criterion instanceof Criterion.MinimumIncomeBeneficiary m) {
            ExitPolicyCodec.codes(g, CriterionKey.accepted, m.accepted());
        } else if (criterion instanceof Criterion.Senior s) {
            g.writeNumberProperty(CriterionKey.fromAge.name(), s.fromAge());
            g.writeBooleanProperty(CriterionKey.jobSeekersOnly.name(), s.jobSeekersOnly());
        } else if (criterion instanceof Criterion.Young y) {
            g.writeNumberProperty(CriterionKey.underAge.name(), y.underAge());
            g.writeBooleanProperty(CriterionKey.jobSeekersOnly.name(), y.jobSeekersOnly());
        } else if (criterion instanceof Criterion.LowQualification l) {
            Out.code(g, CriterionKey.atMost, l.atMost());
        } else if (criterion instanceof Criterion.CumulatedBarriers b) {
            g.writeNumberProperty(CriterionKey.atLeast.name(), b.atLeast());
        }
    }
}
