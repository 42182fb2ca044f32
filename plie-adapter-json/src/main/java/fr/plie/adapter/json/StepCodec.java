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
        int f = c.begin(STEP);
        String id = null;
        LocalDate start = null;
        LocalDate end = null;
        StepDetail detail = null;
        List<String> objectives = List.of();
        String operator = null;
        String action = null;
        for (StepKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case id -> id = c.id();
                case start -> start = c.date();
                case end -> end = c.date();
                case detail -> detail = detail(c);
                case objectives -> objectives = c.list("string", x -> x.text(300));
                case operator -> operator = c.text(200);
                case financedAction -> action = c.text(100);
            }
        }
        if (!c.end(f)) {
            return null;
        }
        if (end != null && end.isBefore(start)) {
            c.errorAt(JsonErrorCode.RULE_DATE_ORDER, c.child("end"), "end", "start");
            return null;
        }
        return new Step(
                StepId.of(id), start, Option.of(end), detail, objectives, Option.of(operator), Option.of(action));
    }

    private static StepDetail detail(Cursor c) {
        int f = c.begin(DETAIL);
        StepKind kind = null;
        BarrierKind barrier = null;
        Boolean qualifying = null;
        String certification = null;
        LocalDate plannedEnd = null;
        TrainingResult result = null;
        LocalDate resultOn = null;
        ContractType contract = null;
        Employer employer = null;
        LocalDate trialEnd = null;
        BigDecimal hours = null;
        BigDecimal referenceHours = null;
        Boolean partTimeChosen = null;
        Employer host = null;
        LocalDate registeredOn = null;
        String siret = null;
        LocalDate activityStart = null;
        Boolean trialEndUnknown = null;
        for (DetailKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case kind -> kind = c.enumValue(StepKind.class);
                case barrier -> barrier = c.enumValue(BarrierKind.class);
                case qualifying -> qualifying = c.bool();
                case certificationCode -> certification = c.text(30);
                case plannedEnd -> plannedEnd = c.date();
                case result -> result = c.enumValue(TrainingResult.class);
                case resultOn -> resultOn = c.date();
                case contractType -> contract = c.enumValue(ContractType.class);
                case employer -> employer = employer(c);
                case trialPeriodEnd -> trialEnd = c.date();
                case weeklyHours -> hours = c.decimal(BigDecimal.ZERO, MAX_HOURS, 2);
                case referenceWeeklyHours -> referenceHours = c.decimal(BigDecimal.ZERO, MAX_HOURS, 2);
                case partTimeChosen -> partTimeChosen = c.bool();
                case host -> host = employer(c);
                case registeredOn -> registeredOn = c.date();
                case siret -> siret = c.matching(SIRET, JsonErrorCode.VALUE_SIRET);
                case activityStart -> activityStart = c.date();
                case trialPeriodEndUnknown -> trialEndUnknown = c.bool();
            }
        }
        boolean ok = c.end(f);
        if (kind == null) {
            return null;
        }
        ok &= c.fit(f, ALLOWED.get(kind), REQUIRED.get(kind), kind.name());
        if (ok && trialEnd != null && Boolean.TRUE.equals(trialEndUnknown)) {
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
            case BARRIER_ACTION -> new StepDetail.BarrierAction(barrier);
            case TRAINING ->
                new Training(qualifying, Option.of(certification), Option.of(plannedEnd), result, Option.of(resultOn));
            case EMPLOYMENT ->
                Employment.builder()
                        .contractType(contract)
                        .employer(employer)
                        .plannedEnd(Option.of(plannedEnd))
                        .trialPeriodEnd(Option.of(trialEnd))
                        .trialPeriodEndUnknown(Boolean.TRUE.equals(trialEndUnknown))
                        .weeklyHours(hours)
                        .referenceWeeklyHours(referenceHours == null ? Employment.FULL_TIME_HOURS : referenceHours)
                        .partTimeChosen(partTimeChosen != null && partTimeChosen)
                        .build();
            case IMMERSION -> new Immersion(host);
            case BUSINESS_CREATION ->
                new BusinessCreation(
                        Option.of(registeredOn), Option.of(siret).map(Siret::of), Option.of(activityStart));
        };
    }

    private static Employer employer(Cursor c) {
        int f = c.begin(EMPLOYER);
        String name = null;
        String siret = null;
        String sector = null;
        EmployerKind kind = null;
        for (EmployerKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case name -> name = c.text(200);
                case siret -> siret = c.matching(SIRET, JsonErrorCode.VALUE_SIRET);
                case sector -> sector = c.text(100);
                case kind -> kind = c.enumValue(EmployerKind.class);
            }
        }
        return c.end(f) ? new Employer(name, Option.of(siret).map(Siret::of), Option.of(sector), kind) : null;
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
