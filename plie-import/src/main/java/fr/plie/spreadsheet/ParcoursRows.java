package fr.plie.spreadsheet;

import static fr.plie.spreadsheet.Field.*;

import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.admission.Referral;
import fr.plie.core.common.Id;
import fr.plie.core.common.Rejection;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.exit.ExitValidation;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursLifecycle;
import fr.plie.core.parcours.PlacementResult;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.participant.Sex;
import fr.plie.core.step.BusinessCreation;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.StepKind;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of one parcours turned into a participant and a parcours: each cell read by its field's type, the
 * parcours fields agreeing across rows, then the parcours built through {@link ParcoursLifecycle} (referral,
 * admission, commitment, the steps in row order, the interviews, the placements, the exit and its validation), every rule it breaks reported at
 * the cell that carries the date. The one place where plie builds a parcours from a spreadsheet.
 */
final class ParcoursRows {
    static final String REQUIRED = "cell.required";
    static final String DATE = "cell.date";
    static final String CODE = "cell.code";
    static final String BOOLEAN = "cell.boolean";
    static final String DECIMAL = "cell.decimal";
    static final String ID = "cell.id";
    static final String TOO_LONG = "cell.too-long";
    static final String DIFFERS = "cell.differs";
    static final String NAME_PAIR = "cell.name-pair";
    static final String STEP_FIELD_ALONE = "cell.step-field-alone";
    static final String DUPLICATE_STEP = "cell.step-twice";
    static final String INTERVIEW_INCOMPLETE = "cell.interview-incomplete";
    static final String PLACEMENT_INCOMPLETE = "cell.placement-incomplete";

    private static final ParcoursLifecycle LIFECYCLE =
            new ParcoursLifecycle(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    private final ColumnMapping mapping;
    private final Header header;
    private final String file;
    private final String sheet;
    private final List<RejectedRows.Row> rows = new ArrayList<>();
    private final List<CellError> errors = new ArrayList<>();
    private final Map<Field, Object> parcours = new EnumMap<>(Field.class);
    private final Map<Field, Long> parcoursRow = new EnumMap<>(Field.class);
    private final Map<Field, String> parcoursRaw = new EnumMap<>(Field.class);
    private final List<StepRow> steps = new ArrayList<>();
    private final List<StepRow> interviews = new ArrayList<>();
    private final List<StepRow> placements = new ArrayList<>();
    /** Fields of the parcours with a bad cell: reported once, not again as missing. */
    private final java.util.Set<Field> bad = java.util.EnumSet.noneOf(Field.class);

    /** The cells of a row's step, interview or placement. */
    private record StepRow(long row, Map<Field, Object> values) {}

    ParcoursRows(ColumnMapping mapping, Header header, String file, String sheet) {
        this.mapping = mapping;
        this.header = header;
        this.file = file;
        this.sheet = sheet;
    }

    long firstRow() {
        return rows.get(0).number();
    }

    /** Reads one more row of the parcours. */
    void add(long number, List<String> cells) {
        rows.add(new RejectedRows.Row(number, cells));
        Map<Field.Group, Map<Field, Object>> perRow = new EnumMap<>(Field.Group.class);
        for (ColumnMapping.Column column : mapping.columns()) {
            String raw = header.cell(column, cells);
            if (raw.isEmpty()) {
                continue;
            }
            Either<Rejection, Object> value = parse(column, raw);
            if (value.isLeft()) {
                bad.add(column.field());
                error(number, column.field(), raw, value.getLeft());
                continue;
            }
            if (column.field().perRow()) {
                perRow.computeIfAbsent(column.field().group(), g -> new EnumMap<>(Field.class))
                        .put(column.field(), value.get());
            } else if (parcoursRaw.containsKey(column.field())) {
                if (!parcours.get(column.field()).equals(value.get())) {
                    error(
                            number,
                            column.field(),
                            raw,
                            CellError.TEXTS.rejection(DIFFERS, parcoursRow.get(column.field())));
                }
            } else {
                parcours.put(column.field(), value.get());
                parcoursRaw.put(column.field(), raw);
                parcoursRow.put(column.field(), number);
            }
        }
        perRow.forEach((group, values) -> (switch (group) {
                    case STEP -> steps;
                    case INTERVIEW -> interviews;
                    default -> placements;
                })
                .add(new StepRow(number, values)));
    }

    /** The parcours and its participant, or the rows with every error found. */
    Either<RejectedRows, ImportedParcours> build() {
        for (Field f : Field.values()) {
            if (f.required() && !parcours.containsKey(f) && !bad.contains(f)) {
                error(firstRow(), f, "", CellError.TEXTS.rejection(REQUIRED));
            }
        }
        if (!errors.isEmpty()) {
            return rejected();
        }
        Option<Participant> participant = participant();
        Option<Parcours> built = participant.flatMap(p -> parcours(p.id()));
        if (!errors.isEmpty() || participant.isEmpty() || built.isEmpty()) {
            return rejected();
        }
        return Either.right(
                new ImportedParcours(firstRow(), rows.get(rows.size() - 1).number(), participant.get(), built.get()));
    }

    private Either<RejectedRows, ImportedParcours> rejected() {
        return Either.left(new RejectedRows(rows, errors));
    }

    private Option<Participant> participant() {
        Option<InseeCode> commune = InseeCode.parse(text(RESIDENCE_COMMUNE))
                .peekLeft(r -> error(parcoursRow.get(RESIDENCE_COMMUNE), RESIDENCE_COMMUNE, text(RESIDENCE_COMMUNE), r))
                .toOption();
        Option<String> id = id(PARTICIPANT_ID);
        if (commune.isEmpty() || id.isEmpty()) {
            return Option.none();
        }
        Profile.Builder profile = Profile.builder()
                .birthDate((LocalDate) parcours.get(BIRTH_DATE))
                .sex((Sex) parcours.get(SEX))
                .residenceCommune(commune.get())
                .qualificationLevel((QualificationLevel) parcours.get(QUALIFICATION_LEVEL))
                .priorityNeighbourhood(flag(PRIORITY_NEIGHBOURHOOD))
                .recognisedDisabledWorker(flag(RECOGNISED_DISABLED_WORKER));
        if (parcours.containsKey(JOB_SEEKER_SINCE)) {
            profile.jobSeekerSince((LocalDate) parcours.get(JOB_SEEKER_SINCE));
        }
        Option<PersonalData> personal = Option.none();
        if (parcours.containsKey(FIRST_NAME) != parcours.containsKey(LAST_NAME)) {
            Field missing = parcours.containsKey(FIRST_NAME) ? LAST_NAME : FIRST_NAME;
            error(firstRow(), missing, "", CellError.TEXTS.rejection(NAME_PAIR));
            return Option.none();
        } else if (parcours.containsKey(FIRST_NAME)) {
            personal = Option.some(new PersonalData(
                    text(FIRST_NAME),
                    text(LAST_NAME),
                    Option.of((String) parcours.get(EMAIL)),
                    Option.of((String) parcours.get(PHONE)),
                    Option.none()));
        }
        return Option.some(new Participant(ParticipantId.of(id.get()), profile.build(), personal));
    }

    private Option<Parcours> parcours(ParticipantId participant) {
        Option<String> id = id(PARCOURS_ID);
        if (id.isEmpty()) {
            return Option.none();
        }
        Referral referral = new Referral(
                (PrescriberKind) parcours.get(PRESCRIBER_KIND),
                text(PRESCRIBER),
                (LocalDate) parcours.get(REFERRAL_DATE),
                List.of());
        Parcours p = Parcours.referred(ParcoursId.of(id.get()), participant, referral);
        if (parcours.containsKey(ADMISSION_DATE)) {
            p = apply(p, ParcoursCommand.admit(date(ADMISSION_DATE)), parcoursRow.get(ADMISSION_DATE), ADMISSION_DATE);
        }
        if (p != null && parcours.containsKey(ENTRY_DATE)) {
            p = apply(p, ParcoursCommand.signCommitment(date(ENTRY_DATE)), parcoursRow.get(ENTRY_DATE), ENTRY_DATE);
        }
        List<String> stepIds = new ArrayList<>();
        for (StepRow row : steps) {
            Option<Step> step = step(row, stepIds);
            if (p != null && step.isDefined()) {
                p = apply(p, new ParcoursCommand.StartStep(step.get()), row.row(), STEP_START);
            }
        }
        for (StepRow row : interviews) {
            Option<Interview> interview = interview(row);
            if (p != null && interview.isDefined()) {
                p = apply(p, new ParcoursCommand.RecordInterview(interview.get()), row.row(), INTERVIEW_DATE);
            }
        }
        for (StepRow row : placements) {
            Option<JobOfferPlacement> placement = placement(row);
            if (p != null && placement.isDefined()) {
                p = apply(p, new ParcoursCommand.RecordPlacement(placement.get()), row.row(), PLACEMENT_DATE);
            }
        }
        if (p != null && (parcours.containsKey(EXIT_DATE) || parcours.containsKey(EXIT_CATEGORY))) {
            Field missing = parcours.containsKey(EXIT_DATE) ? EXIT_CATEGORY : EXIT_DATE;
            if (!parcours.containsKey(missing)) {
                error(firstRow(), missing, "", CellError.TEXTS.rejection(REQUIRED));
                return Option.none();
            }
            p = apply(
                    p,
                    new ParcoursCommand.ProposeExit(
                            date(EXIT_DATE), (ExitCategory) parcours.get(EXIT_CATEGORY), List.of()),
                    parcoursRow.get(EXIT_DATE),
                    EXIT_DATE);
        }
        if (p != null && parcours.containsKey(EXIT_VALIDATION_DATE)) {
            if (!parcours.containsKey(EXIT_COMMITTEE)) {
                error(firstRow(), EXIT_COMMITTEE, "", CellError.TEXTS.rejection(REQUIRED));
                return Option.none();
            }
            p = apply(
                    p,
                    new ParcoursCommand.ValidateExit(
                            new ExitValidation(date(EXIT_VALIDATION_DATE), text(EXIT_COMMITTEE))),
                    parcoursRow.get(EXIT_VALIDATION_DATE),
                    EXIT_VALIDATION_DATE);
        }
        return Option.of(p);
    }

    private Option<Step> step(StepRow row, List<String> stepIds) {
        Map<Field, Object> v = row.values();
        if (!complete(row, STEP_FIELD_ALONE, STEP_ID, STEP_KIND, STEP_START)) {
            return Option.none();
        }
        String id = (String) v.get(STEP_ID);
        if (stepIds.contains(id)) {
            error(row.row(), STEP_ID, id, CellError.TEXTS.rejection(DUPLICATE_STEP));
            return Option.none();
        }
        stepIds.add(id);
        Option<StepDetail> detail = detail(row);
        if (detail.isEmpty()) {
            return Option.none();
        }
        Step step = Step.of(StepId.of(id), (LocalDate) v.get(STEP_START), detail.get());
        if (v.containsKey(STEP_END)) {
            step = step.endedOn((LocalDate) v.get(STEP_END));
        }
        if (v.containsKey(STEP_OPERATOR)) {
            step = step.withOperator((String) v.get(STEP_OPERATOR));
        }
        return Option.some(step);
    }

    private Option<Interview> interview(StepRow row) {
        Map<Field, Object> v = row.values();
        if (!complete(
                row, INTERVIEW_INCOMPLETE, INTERVIEW_DATE, INTERVIEW_MODE, INTERVIEW_AUTHOR, INTERVIEW_SYNTHESIS)) {
            return Option.none();
        }
        return Option.some(new Interview(
                (LocalDate) v.get(INTERVIEW_DATE),
                (InterviewMode) v.get(INTERVIEW_MODE),
                (String) v.get(INTERVIEW_SYNTHESIS),
                ReferentId.of((String) v.get(INTERVIEW_AUTHOR))));
    }

    private Option<JobOfferPlacement> placement(StepRow row) {
        Map<Field, Object> v = row.values();
        if (!complete(row, PLACEMENT_INCOMPLETE, PLACEMENT_OFFER, PLACEMENT_DATE, PLACEMENT_RESULT)) {
            return Option.none();
        }
        return Option.some(new JobOfferPlacement(
                (String) v.get(PLACEMENT_OFFER),
                (LocalDate) v.get(PLACEMENT_DATE),
                (PlacementResult) v.get(PLACEMENT_RESULT),
                Option.of((String) v.get(PLACEMENT_REASONS))));
    }

    /** Whether the row has every one of {@code fields}; each missing one is reported with {@code code}. */
    private boolean complete(StepRow row, String code, Field... fields) {
        boolean complete = true;
        for (Field f : fields) {
            if (!row.values().containsKey(f)) {
                error(row.row(), f, "", CellError.TEXTS.rejection(code));
                complete = false;
            }
        }
        return complete;
    }

    private Option<StepDetail> detail(StepRow row) {
        Map<Field, Object> v = row.values();
        StepKind kind = (StepKind) v.get(STEP_KIND);
        List<Field> needed = switch (kind) {
            case BARRIER_ACTION -> List.of(STEP_BARRIER);
            case EMPLOYMENT -> List.of(STEP_EMPLOYER, STEP_EMPLOYER_KIND, STEP_CONTRACT, STEP_WEEKLY_HOURS);
            case IMMERSION -> List.of(STEP_EMPLOYER, STEP_EMPLOYER_KIND);
            default -> List.of();
        };
        if (!complete(row, REQUIRED, needed.toArray(Field[]::new))) {
            return Option.none();
        }
        return Option.some(
                switch (kind) {
                    case DIAGNOSTIC -> new StepDetail.Diagnostic();
                    case MOBILISATION -> new StepDetail.Mobilisation();
                    case JOB_SEARCH_WORKSHOP -> new StepDetail.JobSearchWorkshop();
                    case BARRIER_ACTION -> new StepDetail.BarrierAction((BarrierKind) v.get(STEP_BARRIER));
                    case TRAINING ->
                        new Training(false, Option.none(), Option.none(), TrainingResult.PENDING, Option.none());
                    case BUSINESS_CREATION -> new BusinessCreation(Option.none(), Option.none(), Option.none());
                    case IMMERSION -> new Immersion(employer(v));
                    case EMPLOYMENT ->
                        Employment.builder()
                                .contractType((ContractType) v.get(STEP_CONTRACT))
                                .employer(employer(v))
                                .weeklyHours((BigDecimal) v.get(STEP_WEEKLY_HOURS))
                                .build();
                });
    }

    private static Employer employer(Map<Field, Object> v) {
        return Employer.of((String) v.get(STEP_EMPLOYER), (EmployerKind) v.get(STEP_EMPLOYER_KIND));
    }

    private Parcours apply(Parcours p, ParcoursCommand command, long row, Field field) {
        var change = LIFECYCLE.handle(p, command);
        if (change.isLeft()) {
            String raw = field.perRow() ? "" : parcoursRaw.getOrDefault(field, "");
            error(row, field, raw, change.getLeft());
            return null;
        }
        return change.get().parcours();
    }

    private Option<String> id(Field field) {
        String value = mapping.idPrefix() + text(field);
        if (!Id.isValid(value)) {
            error(parcoursRow.get(field), field, text(field), CellError.TEXTS.rejection(ID));
            return Option.none();
        }
        return Option.some(value);
    }

    private String text(Field field) {
        return (String) parcours.getOrDefault(field, "");
    }

    private LocalDate date(Field field) {
        return (LocalDate) parcours.get(field);
    }

    private boolean flag(Field field) {
        return Boolean.TRUE.equals(parcours.get(field));
    }

    private void error(long row, Field field, String raw, Rejection rejection) {
        String column = mapping.columns().stream()
                .filter(c -> c.field() == field)
                .map(ColumnMapping.Column::header)
                .findFirst()
                .orElse(field.key());
        errors.add(new CellError(file, sheet, row, column, raw, rejection));
    }

    /** The cell's value as its field's type, or why not. */
    private Either<Rejection, Object> parse(ColumnMapping.Column column, String raw) {
        if (raw.length() > column.field().maxLength()) {
            return Either.left(
                    CellError.TEXTS.rejection(TOO_LONG, column.field().maxLength()));
        }
        Field.Type type = column.field().type();
        String value = column.codes().isEmpty() ? raw : column.codes().get(raw);
        if (value == null) {
            return Either.left(CellError.TEXTS.rejection(
                    CODE, String.join(", ", column.codes().keySet())));
        }
        switch (type.name()) {
            case "id":
                return Id.isValid(value) ? Either.right(value) : Either.left(CellError.TEXTS.rejection(ID));
            case "date":
                try {
                    return Either.right(LocalDate.parse(value, mapping.dates()));
                } catch (DateTimeParseException e) {
                    return Either.left(CellError.TEXTS.rejection(DATE, mapping.datePattern()));
                }
            case "boolean":
                return bool(value);
            case "decimal":
                try {
                    BigDecimal d = new BigDecimal(value.replace(',', '.'));
                    return d.signum() < 0 || d.compareTo(new BigDecimal("99")) > 0
                            ? Either.left(CellError.TEXTS.rejection(DECIMAL))
                            : Either.right(d);
                } catch (NumberFormatException e) {
                    return Either.left(CellError.TEXTS.rejection(DECIMAL));
                }
            case "code":
                return type.constants().contains(value)
                        ? Either.right(constant(type, value))
                        : Either.left(CellError.TEXTS.rejection(CODE, String.join(", ", type.constants())));
            default:
                return Either.right(value);
        }
    }

    private static Either<Rejection, Object> bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "oui", "o", "yes", "y", "1", "x" -> Either.right(Boolean.TRUE);
            case "false", "non", "n", "no", "0" -> Either.right(Boolean.FALSE);
            default -> Either.left(CellError.TEXTS.rejection(BOOLEAN));
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object constant(Field.Type type, String name) {
        return Enum.valueOf((Class) type.codes().get(), name);
    }
}
