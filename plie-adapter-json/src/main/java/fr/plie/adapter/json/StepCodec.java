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

    /** The fields of a step's detail, each with the kinds that take it and whether they require it. */
    private enum DetailKey {
        kind(true, StepKind.values()),
        barrier(true, StepKind.BARRIER_ACTION),
        qualifying(true, StepKind.TRAINING),
        certificationCode(false, StepKind.TRAINING),
        plannedEnd(false, StepKind.TRAINING, StepKind.EMPLOYMENT),
        result(true, StepKind.TRAINING),
        resultOn(false, StepKind.TRAINING),
        contractType(true, StepKind.EMPLOYMENT),
        employer(true, StepKind.EMPLOYMENT),
        trialPeriodEnd(false, StepKind.EMPLOYMENT),
        weeklyHours(true, StepKind.EMPLOYMENT),
        referenceWeeklyHours(false, StepKind.EMPLOYMENT),
        partTimeChosen(false, StepKind.EMPLOYMENT),
        host(true, StepKind.IMMERSION),
        registeredOn(false, StepKind.BUSINESS_CREATION),
        siret(false, StepKind.BUSINESS_CREATION),
        activityStart(false, StepKind.BUSINESS_CREATION),
        trialPeriodEndUnknown(false, StepKind.EMPLOYMENT);

        final boolean required;
        final List<StepKind> kinds;

        DetailKey(boolean required, StepKind... kinds) {
            this.required = required;
            this.kinds = List.of(kinds);
        }
    }

    private static final Fields<DetailKey> DETAIL = Fields.of(DetailKey.class, DetailKey.kind);

    private enum EmployerKey {
        name,
        siret,
        sector,
        kind
    }

    /** The detail fields each kind allows, and those it requires. */
    private static final Map<StepKind, Set<DetailKey>> ALLOWED = byKind(false);

    private static final Map<StepKind, Set<DetailKey>> REQUIRED = byKind(true);

    private static Map<StepKind, Set<DetailKey>> byKind(boolean requiredOnly) {
        Map<StepKind, Set<DetailKey>> byKind = new EnumMap<>(StepKind.class);
        for (DetailKey k : DetailKey.values()) {
            for (StepKind kind : k.kinds) {
                if (k.required || !requiredOnly) {
                    byKind.computeIfAbsent(kind, x -> EnumSet.noneOf(DetailKey.class))
                            .add(k);
                }
            }
        }
        return byKind;
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
