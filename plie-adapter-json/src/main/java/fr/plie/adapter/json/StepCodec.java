package fr.plie.adapter.json;

import fr.plie.core.participant.BarrierKind;
import fr.plie.core.step.BusinessCreation;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.Siret;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.StepKind;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;

/**
 * Steps of a parcours. The {@code detail} object carries a {@code kind} code and the fields of that kind only;
 * since {@code kind} may come after them, every detail field is read first and checked against the kind after.
 */
final class StepCodec {
    private enum StepKey {
        id,
        start,
        end,
        detail,
        objectives,
        operator,
        financedAction
    }

    private static final Fields<StepKey> STEP = Fields.of(StepKey.class, StepKey.id, StepKey.start, StepKey.detail);

    private enum DetailKey {
        kind,
        barrier,
        qualifying,
        certificationCode,
        plannedEnd,
        result,
        resultOn,
        contractType,
        employer,
        trialPeriodEnd,
        weeklyHours,
        referenceWeeklyHours,
        partTimeChosen,
        host,
        registeredOn,
        siret,
        activityStart,
        trialPeriodEndUnknown
    }

    private static final Fields<DetailKey> DETAIL = Fields.of(DetailKey.class, DetailKey.kind); // 17

    private enum EmployerKey {
        name,
        siret,
        sector,
        kind
    }

    /** The detail fields each kind allows (besides {@code kind}) and those it requires. */
    private static final Map<StepKind, Set<DetailKey>> ALLOWED = new EnumMap<>(StepKind.class);

    private static final Map<StepKind, Set<DetailKey>> REQUIRED = new EnumMap<>(StepKind.class);

    static {
        for (StepKind kind : StepKind.values()) {
            ALLOWED.put(kind, EnumSet.of(DetailKey.kind));
            REQUIRED.put(kind, EnumSet.of(DetailKey.kind));
        }
        fields(StepKind.BARRIER_ACTION, List.of(DetailKey.barrier), List.of());
        fields(
                StepKind.TRAINING,
                List.of(DetailKey.qualifying, DetailKey.result),
                List.of(DetailKey.certificationCode, DetailKey.plannedEnd, DetailKey.resultOn));
        fields(
                StepKind.EMPLOYMENT,
                List.of(DetailKey.contractType, DetailKey.employer, DetailKey.weeklyHours),
                List.of(
                        DetailKey.plannedEnd,
                        DetailKey.trialPeriodEnd,
                        DetailKey.trialPeriodEndUnknown,
                        DetailKey.referenceWeeklyHours,
                        DetailKey.partTimeChosen));
        fields(StepKind.IMMERSION, List.of(DetailKey.host), List.of());
        fields(
                StepKind.BUSINESS_CREATION,
                List.of(),
                List.of(DetailKey.registeredOn, DetailKey.siret, DetailKey.activityStart));
    }

    private static void fields(StepKind kind, List<DetailKey> required, List<DetailKey> optional) {
        REQUIRED.get(kind).addAll(required);
        ALLOWED.get(kind).addAll(required);
        ALLOWED.get(kind).addAll(optional);
    }

    private static final Fields<EmployerKey> EMPLOYER =
            Fields.of(EmployerKey.class, EmployerKey.name, EmployerKey.kind);

    static final Pattern SIRET = Pattern.compile("\\d{14}");
    /** Weekly hours: above 0, at most 48 (the legal maximum), to the hundredth. */
    static final BigDecimal MAX_HOURS = new BigDecimal("48");

    private StepCodec() {}

    static Step read(Cursor c) {
        Values<StepKey> v = c.object(STEP, (x, k) -> switch (k) {
            case id -> x.id();
            case start, end -> x.date();
            case detail -> detail(x);
            case objectives -> x.list("string", t -> t.text(300));
            case operator -> x.text(200);
            case financedAction -> x.text(100);
        });
        if (v == null) {
            return null;
        }
        LocalDate start = v.get(StepKey.start);
        LocalDate end = v.get(StepKey.end);
        if (!c.inOrder(start, end, "end", "start")) {
            return null;
        }
        return new Step(
                StepId.of(v.get(StepKey.id)),
                start,
                Option.of(end),
                v.get(StepKey.detail),
                v.list(StepKey.objectives),
                v.option(StepKey.operator),
                v.option(StepKey.financedAction));
    }

    private static StepDetail detail(Cursor c) {
        Values<DetailKey> v = c.values(DETAIL, (x, k) -> switch (k) {
            case kind -> x.enumValue(StepKind.class);
            case barrier -> x.enumValue(BarrierKind.class);
            case qualifying, partTimeChosen, trialPeriodEndUnknown -> x.bool();
            case certificationCode -> x.text(30);
            case plannedEnd, resultOn, trialPeriodEnd, registeredOn, activityStart -> x.date();
            case result -> x.enumValue(TrainingResult.class);
            case contractType -> x.enumValue(ContractType.class);
            case employer, host -> employer(x);
            case weeklyHours, referenceWeeklyHours -> x.decimal(BigDecimal.ZERO, MAX_HOURS, 2);
            case siret -> x.matching(SIRET, JsonErrorCode.VALUE_SIRET);
        });
        StepKind kind = v.get(DetailKey.kind);
        if (kind == null) {
            return null;
        }
        boolean ok = v.ok() & c.fit(v.frame(), ALLOWED.get(kind), REQUIRED.get(kind), kind.name());
        boolean trialEndUnknown = Boolean.TRUE.equals(v.get(DetailKey.trialPeriodEndUnknown));
        if (ok && v.get(DetailKey.trialPeriodEnd) != null && trialEndUnknown) {
            c.errorAt(JsonErrorCode.RULE_TRIAL_PERIOD, c.child("trialPeriodEndUnknown"));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        return switch (kind) {
            case DIAGNOSTIC -> new StepDetail.Diagnostic();
            case MOBILISATION -> new StepDetail.Mobilisation();
            case JOB_SEARCH_WORKSHOP -> new StepDetail.JobSearchWorkshop();
            case BARRIER_ACTION -> new StepDetail.BarrierAction(v.get(DetailKey.barrier));
            case TRAINING ->
                new Training(
                        v.get(DetailKey.qualifying),
                        v.option(DetailKey.certificationCode),
                        v.option(DetailKey.plannedEnd),
                        v.get(DetailKey.result),
                        v.option(DetailKey.resultOn));
            case EMPLOYMENT ->
                Employment.builder()
                        .contractType(v.get(DetailKey.contractType))
                        .employer(v.get(DetailKey.employer))
                        .plannedEnd(v.option(DetailKey.plannedEnd))
                        .trialPeriodEnd(v.option(DetailKey.trialPeriodEnd))
                        .trialPeriodEndUnknown(trialEndUnknown)
                        .weeklyHours(v.get(DetailKey.weeklyHours))
                        .referenceWeeklyHours(v.or(DetailKey.referenceWeeklyHours, Employment.FULL_TIME_HOURS))
                        .partTimeChosen(v.or(DetailKey.partTimeChosen, false))
                        .build();
            case IMMERSION -> new Immersion(v.get(DetailKey.host));
            case BUSINESS_CREATION ->
                new BusinessCreation(
                        v.option(DetailKey.registeredOn),
                        v.<String>option(DetailKey.siret).map(Siret::of),
                        v.option(DetailKey.activityStart));
        };
    }

    private static Employer employer(Cursor c) {
        Values<EmployerKey> v = c.object(EMPLOYER, (x, k) -> switch (k) {
            case name -> x.text(200);
            case siret -> x.matching(SIRET, JsonErrorCode.VALUE_SIRET);
            case sector -> x.text(100);
            case kind -> x.enumValue(EmployerKind.class);
        });
        return v == null
                ? null
                : new Employer(
                        v.get(EmployerKey.name),
                        v.<String>option(EmployerKey.siret).map(Siret::of),
                        v.option(EmployerKey.sector),
                        v.get(EmployerKey.kind));
    }

    /** The fields of a step object. */
    static void write(JsonGenerator g, Step s) {
        g.writeStringProperty(StepKey.id.name(), s.id().value());
        Out.date(g, StepKey.start, s.start());
        Out.date(g, StepKey.end, s.end());
        Out.object(g, StepKey.detail, s.detail(), StepCodec::detail);
        Out.texts(g, StepKey.objectives, s.objectives());
        Out.text(g, StepKey.operator, s.operator());
        Out.text(g, StepKey.financedAction, s.financedAction());
    }

    private static void detail(JsonGenerator g, StepDetail d) {
        Out.code(g, DetailKey.kind, d.kind());
        if (d instanceof StepDetail.BarrierAction b) {
            Out.code(g, DetailKey.barrier, b.barrier());
        } else if (d instanceof Training t) {
            g.writeBooleanProperty(DetailKey.qualifying.name(), t.qualifying());
            Out.text(g, DetailKey.certificationCode, t.certificationCode());
            Out.date(g, DetailKey.plannedEnd, t.plannedEnd());
            Out.code(g, DetailKey.result, t.result());
            Out.date(g, DetailKey.resultOn, t.resultOn());
        } else if (d instanceof Employment e) {
            Out.code(g, DetailKey.contractType, e.contractType());
            Out.object(g, DetailKey.employer, e.employer(), StepCodec::employer);
            Out.date(g, DetailKey.plannedEnd, e.plannedEnd());
            Out.date(g, DetailKey.trialPeriodEnd, e.trialPeriodEnd());
            if (e.trialPeriodEndUnknown()) {
                g.writeBooleanProperty(DetailKey.trialPeriodEndUnknown.name(), true);
            }
            Out.decimal(g, DetailKey.weeklyHours, e.weeklyHours());
            Out.decimal(g, DetailKey.referenceWeeklyHours, e.referenceWeeklyHours());
            g.writeBooleanProperty(DetailKey.partTimeChosen.name(), e.partTimeChosen());
        } else if (d instanceof Immersion i) {
            Out.object(g, DetailKey.host, i.host(), StepCodec::employer);
        } else if (d instanceof BusinessCreation b) {
            Out.date(g, DetailKey.registeredOn, b.registeredOn());
            Out.text(g, DetailKey.siret, b.siret().map(Siret::value));
            Out.date(g, DetailKey.activityStart, b.activityStart());
        }
    }

    private static void employer(JsonGenerator g, Employer e) {
        g.writeStringProperty(EmployerKey.name.name(), e.name());
        Out.text(g, EmployerKey.siret, e.siret().map(Siret::value));
        Out.text(g, EmployerKey.sector, e.sector());
        Out.code(g, EmployerKey.kind, e.kind());
    }
}
