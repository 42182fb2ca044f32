package fr.plie.spreadsheet;

import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.participant.Sex;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.StepKind;
import io.vavr.control.Option;
import java.util.Arrays;

/**
 * A field of plie a spreadsheet column can fill: the participant's and the parcours' fields, repeated on every row
 * of a parcours (or left empty on its later rows), and the step fields, one step per row. The mapping names them
 * by {@link #key()}; {@code docs/import.md} lists them.
 */
public enum Field {
    PARTICIPANT_ID("participant.id", Type.ID, true, false),
    LAST_NAME("participant.last_name", Type.TEXT, false, false),
    FIRST_NAME("participant.first_name", Type.TEXT, false, false),
    EMAIL("participant.email", Type.TEXT, false, false),
    PHONE("participant.phone", Type.TEXT, false, false),
    BIRTH_DATE("participant.birth_date", Type.DATE, true, false),
    SEX("participant.sex", Type.code(Sex.class), true, false),
    RESIDENCE_COMMUNE("participant.residence_commune", Type.TEXT, true, false),
    PRIORITY_NEIGHBOURHOOD("participant.priority_neighbourhood", Type.BOOLEAN, false, false),
    QUALIFICATION_LEVEL("participant.qualification_level", Type.code(QualificationLevel.class), true, false),
    JOB_SEEKER_SINCE("participant.job_seeker_since", Type.DATE, false, false),
    RECOGNISED_DISABLED_WORKER("participant.rqth", Type.BOOLEAN, false, false),
    PARCOURS_ID("parcours.id", Type.ID, true, false),
    PRESCRIBER_KIND("referral.prescriber_kind", Type.code(PrescriberKind.class), true, false),
    PRESCRIBER("referral.prescriber", Type.TEXT, true, false),
    REFERRAL_DATE("referral.date", Type.DATE, true, false),
    ADMISSION_DATE("admission.date", Type.DATE, false, false),
    ENTRY_DATE("entry.date", Type.DATE, false, false),
    EXIT_DATE("exit.date", Type.DATE, false, false),
    EXIT_CATEGORY("exit.category", Type.code(ExitCategory.class), false, false),
    EXIT_VALIDATION_DATE("exit.validation_date", Type.DATE, false, false),
    EXIT_COMMITTEE("exit.committee", Type.TEXT, false, false),
    STEP_ID("step.id", Type.ID, false, true),
    STEP_KIND("step.kind", Type.code(StepKind.class), false, true),
    STEP_START("step.start", Type.DATE, false, true),
    STEP_END("step.end", Type.DATE, false, true),
    STEP_OPERATOR("step.operator", Type.TEXT, false, true),
    STEP_BARRIER("step.barrier", Type.code(BarrierKind.class), false, true),
    STEP_EMPLOYER("step.employer", Type.TEXT, false, true),
    STEP_EMPLOYER_KIND("step.employer_kind", Type.code(EmployerKind.class), false, true),
    STEP_CONTRACT("step.contract", Type.code(ContractType.class), false, true),
    STEP_WEEKLY_HOURS("step.weekly_hours", Type.DECIMAL, false, true);

    private final String key;
    private final Type type;
    private final boolean required;
    private final boolean step;

    Field(String key, Type type, boolean required, boolean step) {
        this.key = key;
        this.type = type;
        this.required = required;
        this.step = step;
    }

    /** The name a mapping file gives the field, e.g. {@code participant.birth_date}. */
    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    /** Whether every file must have a column for it (a step field is required only on a row that has a step). */
    public boolean required() {
        return required;
    }

    /** Whether the field belongs to the step of its row rather than to the parcours. */
    public boolean ofStep() {
        return step;
    }

    /** The field of {@code key}. */
    public static Option<Field> of(String key) {
        return Option.ofOptional(
                Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst());
    }

    /**
     * What a cell of the field holds: an identifier, a text, a date in the mapping's format, yes or no, a decimal,
     * or one of the codes of an enum (translated from the source's codes by the mapping).
     */
    public record Type(String name, Option<Class<? extends Enum<?>>> codes) {
        static final Type ID = new Type("id", Option.none());
        static final Type TEXT = new Type("text", Option.none());
        static final Type DATE = new Type("date", Option.none());
        static final Type BOOLEAN = new Type("boolean", Option.none());
        static final Type DECIMAL = new Type("decimal", Option.none());

        static Type code(Class<? extends Enum<?>> codes) {
            return new Type("code", Option.some(codes));
        }

        /** The names of the enum's constants, for a field of codes. */
        public java.util.List<String> constants() {
            return codes.map(c ->
                            Arrays.stream(c.getEnumConstants()).map(Enum::name).toList())
                    .getOrElse(java.util.List.of());
        }
    }
}
