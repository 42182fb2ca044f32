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
        Values<DocumentKey> v = c.values(DOCUMENT, (x, k) -> switch (k) {
            case formatVersion -> formatVersion(x);
            case preset -> Presets.read(x, PolicyPresets.eligibilityPresets(), PolicyPresets::eligibilityPreset);
            case name -> x.text(200);
            case territory -> territory(x);
            case ageBounds -> x.nullable(EligibilityPolicyCodec::ageBounds);
            case criteria -> x.list("object", EligibilityPolicyCodec::criterion);
            case criteriaRequired -> x.integer(0, CriterionKind.values().length);
        });
        boolean hasPreset = c.seen(v.frame(), DocumentKey.preset);
        if (!v.ok() || !hasPreset && !c.fit(v.frame(), ALL, REQUIRED_WITHOUT_PRESET, "")) {
            return null;
        }
        EligibilityPolicy preset = hasPreset
                ? v.get(DocumentKey.preset)
                : new EligibilityPolicy(
                        v.get(DocumentKey.name), v.get(DocumentKey.territory), AgeBounds.NONE, List.of(), 0);
        String name = v.or(DocumentKey.name, preset.name());
        Territory territory = v.or(DocumentKey.territory, preset.territory());
        AgeBounds ageBounds = v.or(DocumentKey.ageBounds, preset.ageBounds());
        List<Criterion> criteria = v.or(DocumentKey.criteria, preset.criteria());
        int required =
                v.<Long>option(DocumentKey.criteriaRequired).map(Long::intValue).getOrElse(preset.criteriaRequired());
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
        Values<TerritoryKey> v = c.object(
                TERRITORY,
                (x, k) -> k == TerritoryKey.name ? x.text(200) : x.list("object", EligibilityPolicyCodec::epci));
        if (v == null) {
            return null;
        }
        List<Epci> epcis = v.list(TerritoryKey.epcis);
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
        return new Territory(v.get(TerritoryKey.name), epcis);
    }

    private static Epci epci(Cursor c) {
        Values<EpciKey> v = c.object(
                EPCI,
                (x, k) -> k == EpciKey.name
                        ? x.text(200)
                        : x.list("string", t -> t.matching(ParticipantCodec.INSEE, JsonErrorCode.VALUE_INSEE)));
        List<String> communes = v == null ? null : v.list(EpciKey.communes);
        if (v == null || !c.distinct(communes, "communes")) {
            return null;
        }
        return new Epci(
                v.get(EpciKey.name), communes.stream().map(InseeCode::of).collect(Collectors.toSet()));
    }

    private static AgeBounds ageBounds(Cursor c) {
        Values<AgeKey> v = c.object(AGE, (x, k) -> x.integer(0, MAX_AGE));
        if (v == null) {
            return null;
        }
        Option<Long> min = v.option(AgeKey.minAge);
        Option<Long> max = v.option(AgeKey.maxAge);
        if (min.isDefined() && max.isDefined() && min.get() > max.get()) {
            c.errorAt(JsonErrorCode.RULE_ORDER, c.child("minAge"), "minAge", "maxAge");
            return null;
        }
        return new AgeBounds(min.map(Long::intValue), max.map(Long::intValue));
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
        Values<CriterionKey> v = c.values(CRITERION, (x, k) -> switch (k) {
            case kind -> x.enumValue(CriterionKind.class);
            case months -> x.integer(1, 600);
            case accepted -> {
                List<MinimumIncome> accepted = x.list("string", t -> t.enumValue(MinimumIncome.class));
                if (accepted != null && accepted.isEmpty()) {
                    x.error(JsonErrorCode.VALUE_EMPTY_LIST);
                }
                yield accepted;
            }
            case fromAge -> x.integer(0, MAX_AGE);
            case underAge -> x.integer(1, MAX_AGE);
            case jobSeekersOnly -> x.bool();
            case atMost -> x.enumValue(QualificationLevel.class);
            case atLeast -> x.integer(1, 64);
        });
        if (!v.ok()) {
            return null;
        }
        CriterionKind kind = v.get(CriterionKey.kind);
        Set<CriterionKey> fields = fields(kind);
        List<MinimumIncome> accepted = v.get(CriterionKey.accepted);
        if (!c.fit(v.frame(), fields, fields, kind.name()) || !c.distinct(accepted, "accepted")) {
            return null;
        }
        return switch (kind) {
            case JOB_SEEKER -> new Criterion.JobSeeker();
            case SEEKING_WORK -> new Criterion.SeekingWork();
            case LONG_TERM_JOB_SEEKER ->
                new Criterion.LongTermJobSeeker(v.<Long>get(CriterionKey.months).intValue());
            case MINIMUM_INCOME -> new Criterion.MinimumIncomeBeneficiary(EnumSet.copyOf(accepted));
            case SENIOR ->
                new Criterion.Senior(v.<Long>get(CriterionKey.fromAge).intValue(), v.get(CriterionKey.jobSeekersOnly));
            case YOUNG ->
                new Criterion.Young(v.<Long>get(CriterionKey.underAge).intValue(), v.get(CriterionKey.jobSeekersOnly));
            case RECOGNISED_DISABLED_WORKER -> new Criterion.RecognisedDisabledWorker();
            case PRIORITY_NEIGHBOURHOOD -> new Criterion.PriorityNeighbourhood();
            case LOW_QUALIFICATION -> new Criterion.LowQualification(v.get(CriterionKey.atMost));
            case INTERNATIONAL_PROTECTION -> new Criterion.InternationalProtection();
            case ASYLUM_SEEKER -> new Criterion.AsylumSeeker();
            case SINGLE_PARENT -> new Criterion.SingleParent();
            case CAREER_CHANGE -> new Criterion.CareerChange();
            case CUMULATED_BARRIERS ->
                new Criterion.CumulatedBarriers(
                        v.<Long>get(CriterionKey.atLeast).intValue());
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
