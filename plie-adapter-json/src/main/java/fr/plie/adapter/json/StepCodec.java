package fr.plie.adapter.json;

import fr.plie.adapter.json.Cursor.EnumCodes;
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
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;

/**
 * Steps of a parcours. The {@code detail} object carries a {@code kind} code and the fields of that kind only;
 * since {@code kind} may come after them, every detail field is read first and checked against the kind after.
 */
final class StepCodec {
    private static final Fields STEP =
            Fields.of("!id", "!start", "end", "!detail", "objectives", "operator", "financedAction");

    // indexes 1.. of DETAIL, grouped by kind in ALLOWED / REQUIRED below
    private static final Fields DETAIL = Fields.of(
            "!kind", // 0
            "barrier", // 1
            "qualifying", // 2
            "certificationCode", // 3
            "plannedEnd", // 4
            "result", // 5
            "resultOn", // 6
            "contractType", // 7
            "employer", // 8
            "trialPeriodEnd", // 9
            "weeklyHours", // 10
            "referenceWeeklyHours", // 11
            "partTimeChosen", // 12
            "host", // 13
            "registeredOn", // 14
            "siret", // 15
            "activityStart", // 16
            "trialPeriodEndUnknown"); // 17
    private static final Fields EMPLOYER = Fields.of("!name", "siret", "sector", "!kind");

    static final Pattern SIRET = Pattern.compile("\\d{14}");
    /** Weekly hours: above 0, at most 48 (the legal maximum), to the hundredth. */
    static final BigDecimal MAX_HOURS = new BigDecimal("48");

    private static final EnumCodes<StepKind> KIND = EnumCodes.of(StepKind.class);
    private static final EnumCodes<BarrierKind> BARRIER = EnumCodes.of(BarrierKind.class);
    private static final EnumCodes<TrainingResult> RESULT = EnumCodes.of(TrainingResult.class);
    private static final EnumCodes<ContractType> CONTRACT = EnumCodes.of(ContractType.class);
    private static final EnumCodes<EmployerKind> EMPLOYER_KIND = EnumCodes.of(EmployerKind.class);

    private StepCodec() {}

    static Step read(Cursor c) {
        int f = c.begin(STEP);
        if (f < 0) {
            return null;
        }
        String id = null;
        LocalDate start = null;
        LocalDate end = null;
        StepDetail detail = null;
        List<String> objectives = List.of();
        String operator = null;
        String action = null;
        for (int i; (i = c.next(f)) >= 0; ) {
            switch (i) {
                case 0 -> id = c.id();
                case 1 -> start = c.date();
                case 2 -> end = c.date();
                case 3 -> detail = detail(c);
                case 4 -> objectives = c.list("string", x -> x.text(300));
                case 5 -> operator = c.text(200);
                default -> action = c.text(100);
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
        if (f < 0) {
            return null;
        }
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
        for (int i; (i = c.next(f)) >= 0; ) {
            switch (i) {
                case 0 -> kind = c.enumValue(KIND);
                case 1 -> barrier = c.enumValue(BARRIER);
                case 2 -> qualifying = c.bool();
                case 3 -> certification = c.text(30);
                case 4 -> plannedEnd = c.date();
                case 5 -> result = c.enumValue(RESULT);
                case 6 -> resultOn = c.date();
                case 7 -> contract = c.enumValue(CONTRACT);
                case 8 -> employer = employer(c);
                case 9 -> trialEnd = c.date();
                case 10 -> hours = c.decimal(BigDecimal.ZERO, MAX_HOURS, 2);
                case 11 -> referenceHours = c.decimal(BigDecimal.ZERO, MAX_HOURS, 2);
                case 12 -> partTimeChosen = c.bool();
                case 13 -> host = employer(c);
                case 14 -> registeredOn = c.date();
                case 15 -> siret = c.matching(SIRET, JsonErrorCode.VALUE_SIRET);
                case 16 -> activityStart = c.date();
                default -> trialEndUnknown = c.bool();
            }
        }
        long seen = c.seen(f);
        boolean ok = c.end(f);
        if (kind == null) {
            return null;
        }
        long present = (barrier != null ? Fields.bit(1) : 0)
                | (qualifying != null ? Fields.bit(2) : 0)
                | (result != null ? Fields.bit(5) : 0)
                | (contract != null ? Fields.bit(7) : 0)
                | (employer != null ? Fields.bit(8) : 0)
                | (hours != null ? Fields.bit(10) : 0)
                | (host != null ? Fields.bit(13) : 0);
        // a required field seen but null is reported here when nothing else failed (otherwise its error is there)
        ok &= fieldsFit(c, kind, seen, ok ? present : present | seen);
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

    /** Reports fields that do not belong to {@code kind} and those the kind requires but are absent or null. */
    private static boolean fieldsFit(Cursor c, StepKind kind, long seen, long present) {
        long allowed = 1 | allowed(kind);
        long required = required(kind);
        boolean ok = true;
        for (long extra = seen & ~allowed; extra != 0; extra &= extra - 1) {
            String name = DETAIL.names[Long.numberOfTrailingZeros(extra)];
            c.errorAt(JsonErrorCode.FIELD_NOT_ALLOWED, c.child(name), name, kind.name());
            ok = false;
        }
        for (long missing = required & ~present; missing != 0; missing &= missing - 1) {
            c.missingField(DETAIL.names[Long.numberOfTrailingZeros(missing)]);
            ok = false;
        }
        return ok;
    }

    private static long allowed(StepKind kind) {
        return switch (kind) {
            case BARRIER_ACTION -> bits(1);
            case TRAINING -> bits(2, 3, 4, 5, 6);
            case EMPLOYMENT -> bits(7, 8, 4, 9, 17, 10, 11, 12);
            case IMMERSION -> bits(13);
            case BUSINESS_CREATION -> bits(14, 15, 16);
            default -> 0;
        };
    }

    private static long required(StepKind kind) {
        return switch (kind) {
            case BARRIER_ACTION -> bits(1);
            case TRAINING -> bits(2, 5);
            case EMPLOYMENT -> bits(7, 8, 10);
            case IMMERSION -> bits(13);
            default -> 0;
        };
    }

    private static long bits(int... indexes) {
        long b = 0;
        for (int i : indexes) {
            b |= Fields.bit(i);
        }
        return b;
    }

    private static Employer employer(Cursor c) {
        int f = c.begin(EMPLOYER);
        if (f < 0) {
            return null;
        }
        String name = null;
        String siret = null;
        String sector = null;
        EmployerKind kind = null;
        for (int i; (i = c.next(f)) >= 0; ) {
            switch (i) {
                case 0 -> name = c.text(200);
                case 1 -> siret = c.matching(SIRET, JsonErrorCode.VALUE_SIRET);
                case 2 -> sector = c.text(100);
                default -> kind = c.enumValue(EMPLOYER_KIND);
            }
        }
        return c.end(f) ? new Employer(name, Option.of(siret).map(Siret::of), Option.of(sector), kind) : null;
    }

    static void write(JsonGenerator g, Step s) {
        g.writeStartObject();
        g.writeStringProperty("id", s.id().value());
        Out.date(g, "start", s.start());
        Out.date(g, "end", s.end());
        g.writeName("detail");
        detail(g, s.detail());
        Out.texts(g, "objectives", s.objectives());
        Out.text(g, "operator", s.operator());
        Out.text(g, "financedAction", s.financedAction());
        g.writeEndObject();
    }

    private static void detail(JsonGenerator g, StepDetail d) {
        g.writeStartObject();
        Out.code(g, "kind", d.kind());
        if (d instanceof StepDetail.BarrierAction b) {
            Out.code(g, "barrier", b.barrier());
        } else if (d instanceof Training t) {
            g.writeBooleanProperty("qualifying", t.qualifying());
            Out.text(g, "certificationCode", t.certificationCode());
            Out.date(g, "plannedEnd", t.plannedEnd());
            Out.code(g, "result", t.result());
            Out.date(g, "resultOn", t.resultOn());
        } else if (d instanceof Employment e) {
            Out.code(g, "contractType", e.contractType());
            g.writeName("employer");
            employer(g, e.employer());
            Out.date(g, "plannedEnd", e.plannedEnd());
            Out.date(g, "trialPeriodEnd", e.trialPeriodEnd());
            if (e.trialPeriodEndUnknown()) {
                g.writeBooleanProperty("trialPeriodEndUnknown", true);
            }
            Out.decimal(g, "weeklyHours", e.weeklyHours());
            Out.decimal(g, "referenceWeeklyHours", e.referenceWeeklyHours());
            g.writeBooleanProperty("partTimeChosen", e.partTimeChosen());
        } else if (d instanceof Immersion i) {
            g.writeName("host");
            employer(g, i.host());
        } else if (d instanceof BusinessCreation b) {
            Out.date(g, "registeredOn", b.registeredOn());
            Out.text(g, "siret", b.siret().map(Siret::value));
            Out.date(g, "activityStart", b.activityStart());
        }
        g.writeEndObject();
    }

    private static void employer(JsonGenerator g, Employer e) {
        g.writeStartObject();
        g.writeStringProperty("name", e.name());
        Out.text(g, "siret", e.siret().map(Siret::value));
        Out.text(g, "sector", e.sector());
        Out.code(g, "kind", e.kind());
        g.writeEndObject();
    }
}
