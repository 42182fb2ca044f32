package fr.plie.spreadsheet;

import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.PlacementResult;
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
 * of a parcours (or left empty on its later rows), and the fields of a step, of an interview and of a placement on
 * a job offer, at most one of each per row. The mapping names them
 * by {@link #key()}; {@code docs/import.md} lists them.
 */
public enum Field {
    /** The participant's pseudonymous id. */
    PARTICIPANT_ID("participant.id", Type.ID, true, Group.PARCOURS, 64),
    /** Personal data: the last name. */
    LAST_NAME("participant.last_name", Type.TEXT, false, Group.PARCOURS, 100),
    /** Personal data: the first name. */
    FIRST_NAME("participant.first_name", Type.TEXT, false, Group.PARCOURS, 100),
    /** Personal data: the email address. */
    EMAIL("participant.email", Type.TEXT, false, Group.PARCOURS, 300),
    /** Personal data: the phone number. */
    PHONE("participant.phone", Type.TEXT, false, Group.PARCOURS, 30),
    /** The birth date. */
    BIRTH_DATE("participant.birth_date", Type.DATE, true, Group.PARCOURS, 300),
    /** The sex, a {@code Sex} code. */
    SEX("participant.sex", Type.code(Sex.class), true, Group.PARCOURS, 300),
    /** The INSEE code of the commune of residence. */
    RESIDENCE_COMMUNE("participant.residence_commune", Type.TEXT, true, Group.PARCOURS, 300),
    /** Whether the participant lives in a QPV. */
    PRIORITY_NEIGHBOURHOOD("participant.priority_neighbourhood", Type.BOOLEAN, false, Group.PARCOURS, 300),
    /** The qualification level, a {@code QualificationLevel} code. */
    QUALIFICATION_LEVEL(
            "participant.qualification_level", Type.code(QualificationLevel.class), true, Group.PARCOURS, 300),
    /** The date of registration as a job seeker. */
    JOB_SEEKER_SINCE("participant.job_seeker_since", Type.DATE, false, Group.PARCOURS, 300),
    /** Whether the participant holds the RQTH. */
    RECOGNISED_DISABLED_WORKER("participant.rqth", Type.BOOLEAN, false, Group.PARCOURS, 300),
    /** The parcours' id. */
    PARCOURS_ID("parcours.id", Type.ID, true, Group.PARCOURS, 64),
    /** The kind of prescriber, a {@code PrescriberKind} code. */
    PRESCRIBER_KIND("referral.prescriber_kind", Type.code(PrescriberKind.class), true, Group.PARCOURS, 300),
    /** The referring organisation. */
    PRESCRIBER("referral.prescriber", Type.TEXT, true, Group.PARCOURS, 200),
    /** The referral's date. */
    REFERRAL_DATE("referral.date", Type.DATE, true, Group.PARCOURS, 300),
    /** The committee's admission date. */
    ADMISSION_DATE("admission.date", Type.DATE, false, Group.PARCOURS, 300),
    /** The entry date: the commitment contract's signature. */
    ENTRY_DATE("entry.date", Type.DATE, false, Group.PARCOURS, 300),
    /** The exit date. */
    EXIT_DATE("exit.date", Type.DATE, false, Group.PARCOURS, 300),
    /** The exit category, an {@code ExitCategory} code. */
    EXIT_CATEGORY("exit.category", Type.code(ExitCategory.class), false, Group.PARCOURS, 300),
    /** The date the committee validated the exit. */
    EXIT_VALIDATION_DATE("exit.validation_date", Type.DATE, false, Group.PARCOURS, 300),
    /** The committee that validated the exit. */
    EXIT_COMMITTEE("exit.committee", Type.TEXT, false, Group.PARCOURS, 200),
    /** The step's id. */
    STEP_ID("step.id", Type.ID, false, Group.STEP, 64),
    /** The kind of step, a {@code StepKind} code. */
    STEP_KIND("step.kind", Type.code(StepKind.class), false, Group.STEP, 300),
    /** The step's start. */
    STEP_START("step.start", Type.DATE, false, Group.STEP, 300),
    /** The step's end. */
    STEP_END("step.end", Type.DATE, false, Group.STEP, 300),
    /** The organisation that runs the step. */
    STEP_OPERATOR("step.operator", Type.TEXT, false, Group.STEP, 200),
    /** The barrier an action works on, a {@code BarrierKind} code. */
    STEP_BARRIER("step.barrier", Type.code(BarrierKind.class), false, Group.STEP, 300),
    /** The employer's name. */
    STEP_EMPLOYER("step.employer", Type.TEXT, false, Group.STEP, 200),
    /** The kind of employer, an {@code EmployerKind} code. */
    STEP_EMPLOYER_KIND("step.employer_kind", Type.code(EmployerKind.class), false, Group.STEP, 300),
    /** The contract type, a {@code ContractType} code. */
    STEP_CONTRACT("step.contract", Type.code(ContractType.class), false, Group.STEP, 300),
    /** The weekly working hours. */
    STEP_WEEKLY_HOURS("step.weekly_hours", Type.DECIMAL, false, Group.STEP, 300),
    /** The interview's date. */
    INTERVIEW_DATE("interview.date", Type.DATE, false, Group.INTERVIEW, 300),
    /** How the interview was held, an {@code InterviewMode} code. */
    INTERVIEW_MODE("interview.mode", Type.code(InterviewMode.class), false, Group.INTERVIEW, 300),
    /** The referent who held the interview. */
    INTERVIEW_AUTHOR("interview.author", Type.ID, false, Group.INTERVIEW, 64),
    /** The interview's synthesis (free text). */
    INTERVIEW_SYNTHESIS("interview.synthesis", Type.TEXT, false, Group.INTERVIEW, 4000),
    /** The reference of the job offer the participant was put forward for. */
    PLACEMENT_OFFER("placement.offer", Type.TEXT, false, Group.PLACEMENT, 100),
    /** The placement's date. */
    PLACEMENT_DATE("placement.date", Type.DATE, false, Group.PLACEMENT, 300),
    /** What came of the placement, a {@code PlacementResult} code. */
    PLACEMENT_RESULT("placement.result", Type.code(PlacementResult.class), false, Group.PLACEMENT, 300),
    /** The reasons given for the result (free text). */
    PLACEMENT_REASONS("placement.reasons", Type.TEXT, false, Group.PLACEMENT, 500);

    /**
     * What a field belongs to: the parcours (with its participant), repeated on its rows or left empty after the
     * first, or one of the things a row holds at most one of: a step, an interview, a placement on a job offer.
     */
    public enum Group {
        /** The parcours and its participant. */
        PARCOURS,
        /** The step of the row. */
        STEP,
        /** The interview of the row. */
        INTERVIEW,
        /** The placement on a job offer of the row. */
        PLACEMENT
    }

    private final String key;
    private final Type type;
    private final boolean required;
    private final Group group;
    private final int maxLength;

    Field(String key, Type type, boolean required, Group group, int maxLength) {
        this.key = key;
        this.type = type;
        this.required = required;
        this.group = group;
        this.maxLength = maxLength;
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
     * Whether every file must have a column for it (a step, interview or placement field is required only on a row
     * that has one).
     *
     * @return whether it is required
     */
    public boolean required() {
        return required;
    }

    /** {@return what the field belongs to: the parcours, or the step, the interview or the placement of its row} */
    public Group group() {
        return group;
    }

    /** {@return whether the field belongs to the step, interview or placement of its row, not the parcours} */
    public boolean perRow() {
        return group != Group.PARCOURS;
    }

    /** {@return the longest cell the field takes: the domain's own limit (a name 100, a synthesis 4000)} */
    public int maxLength() {
        return maxLength;
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
