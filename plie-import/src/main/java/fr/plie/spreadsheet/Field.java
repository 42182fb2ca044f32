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
    /** The participant's pseudonymous id. */
    PARTICIPANT_ID("participant.id", Type.ID, true, false),
    /** Personal data: the last name. */
    LAST_NAME("participant.last_name", Type.TEXT, false, false),
    /** Personal data: the first name. */
    FIRST_NAME("participant.first_name", Type.TEXT, false, false),
    /** Personal data: the email address. */
    EMAIL("participant.email", Type.TEXT, false, false),
    /** Personal data: the phone number. */
    PHONE("participant.phone", Type.TEXT, false, false),
    /** The birth date. */
    BIRTH_DATE("participant.birth_date", Type.DATE, true, false),
    /** The sex, a {@code Sex} code. */
    SEX("participant.sex", Type.code(Sex.class), true, false),
    /** The INSEE code of the commune of residence. */
    RESIDENCE_COMMUNE("participant.residence_commune", Type.TEXT, true, false),
    /** Whether the participant lives in a QPV. */
    PRIORITY_NEIGHBOURHOOD("participant.priority_neighbourhood", Type.BOOLEAN, false, false),
    /** The qualification level, a {@code QualificationLevel} code. */
    QUALIFICATION_LEVEL("participant.qualification_level", Type.code(QualificationLevel.class), true, false),
    /** The date of registration as a job seeker. */
    JOB_SEEKER_SINCE("participant.job_seeker_since", Type.DATE, false, false),
    /** Whether the participant holds the RQTH. */
    RECOGNISED_DISABLED_WORKER("participant.rqth", Type.BOOLEAN, false, false),
    /** The parcours' id. */
    PARCOURS_ID("parcours.id", Type.ID, true, false),
    /** The kind of prescriber, a {@code PrescriberKind} code. */
    PRESCRIBER_KIND("referral.prescriber_kind", Type.code(PrescriberKind.class), true, false),
    /** The referring organisation. */
    PRESCRIBER("referral.prescriber", Type.TEXT, true, false),
    /** The referral's date. */
    REFERRAL_DATE("referral.date", Type.DATE, true, false),
    /** The committee's admission date. */
    ADMISSION_DATE("admission.date", Type.DATE, false, false),
    /** The entry date: the commitment contract's signature. */
    ENTRY_DATE("entry.date", Type.DATE, false, false),
    /** The exit date. */
    EXIT_DATE("exit.date", Type.DATE, false, false),
    /** The exit category, an {@code ExitCategory} code. */
    EXIT_CATEGORY("exit.category", Type.code(ExitCategory.class), false, false),
    /** The date the committee validated the exit. */
    EXIT_VALIDATION_DATE("exit.validation_date", Type.DATE, false, false),
    /** The committee that validated the exit. */
    EXIT_COMMITTEE("exit.committee", Type.TEXT, false, false),
    /** The step's id. */
    STEP_ID("step.id", Type.ID, false, true),
    /** The kind of step, a {@code StepKind} code. */
    STEP_KIND("step.kind", Type.code(StepKind.class), false, true),
    /** The step's start. */
    STEP_START("step.start", Type.DATE, false, true),
    /** The step's end. */
    STEP_END("step.end", Type.DATE, false, true),
    /** The organisation that runs the step. */
    STEP_OPERATOR("step.operator", Type.TEXT, false, true),
    /** The barrier an action works on, a {@code BarrierKind} code. */
    STEP_BARRIER("step.barrier", Type.code(BarrierKind.class), false, true),
    /** The employer's name. */
    STEP_EMPLOYER("step.employer", Type.TEXT, false, true),
    /** The kind of employer, an {@code EmployerKind} code. */
    STEP_EMPLOYER_KIND("step.employer_kind", Type.code(EmployerKind.class), false, true),
    /** The contract type, a {@code ContractType} code. */
    STEP_CONTRACT("step.contract", Type.code(ContractType.class), false, true),
    /** The weekly working hours. */
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

    /**
     * The name a mapping file gives the field, e.g. {@code participant.birth_date}.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /** {@return what a cell of the field holds} */
    public Type type() {
        return type;
    }

    /**
     * Whether every file must have a column for it (a step field is required only on a row that has a step).
     *
     * @return whether it is required
     */
    public boolean required() {
        return required;
    }

    /**
     * Whether the field belongs to the step of its row rather than to the parcours.
     *
     * @return whether it is a step's field
     */
    public boolean ofStep() {
        return step;
    }

    /**
     * The field of {@code key}.
     *
     * @param key the name a mapping file gives the field
     * @return the field, none for an unknown key
     */
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

        /**
         * The names of the enum's constants, for a field of codes.
         *
         * @return the constants' names, empty for another type
         */
        public java.util.List<String> constants() {
            return codes.map(c ->
                            Arrays.stream(c.getEnumConstants()).map(Enum::name).toList())
                    .getOrElse(java.util.List.of());
        }
    }
}
