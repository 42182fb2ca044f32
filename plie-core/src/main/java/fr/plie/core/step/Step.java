package fr.plie.core.step;

import io.vavr.control.Option;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated stage of a parcours with one or more objectives (seed 000: "chaque étape a un ou plusieurs objectifs
 * particuliers").
 *
 * @param end the actual end; none while the step goes on
 * @param operator the organisation that runs the step
 * @param financedAction the PLIE-financed action the step belongs to, if any
 */
public record Step(
        @NotNull StepId id,
        @NotNull LocalDate start,
        Option<LocalDate> end,
        @NotNull @Valid StepDetail detail,
        List<@NotBlank(message = "{fr.plie.text.required}") @Size(max = 300) String> objectives,
        Option<@Size(max = 200) String> operator,
        Option<@Size(max = 100) String> financedAction) {
    /**
     * Copies the objectives, so the step stays immutable.
     *
     * @param id the step's identifier
     * @param start its first day
     * @param end the actual end; none while the step goes on
     * @param detail what kind of step it is, with its own facts
     * @param objectives the step's objectives
     * @param operator the organisation that runs the step
     * @param financedAction the PLIE-financed action the step belongs to, if any
     * @throws NullPointerException if a component is null
     */
    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(detail, "detail");
        objectives = List.copyOf(objectives);
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(financedAction, "financedAction");
    }

    /**
     * A step starting on {@code start}, still going on, with no objective, operator or action yet.
     *
     * @param id the step's id
     * @param start its first day
     * @param detail what kind of step it is
     * @return the step
     */
    public static Step of(StepId id, LocalDate start, StepDetail detail) {
        return new Step(id, start, Option.none(), detail, List.of(), Option.none(), Option.none());
    }

    /** {@return the kind of step, from its detail} */
    public StepKind kind() {
        return detail.kind();
    }

    /**
     * The same step, ended.
     *
     * @param date its last day
     * @return the ended step
     */
    public Step endedOn(LocalDate date) {
        return new Step(id, start, Option.some(date), detail, objectives, operator, financedAction);
    }

    /**
     * The same step with another detail.
     *
     * @param newDetail the detail
     * @return the new step
     */
    public Step withDetail(StepDetail newDetail) {
        return new Step(id, start, end, newDetail, objectives, operator, financedAction);
    }

    /**
     * The same step with other objectives.
     *
     * @param newObjectives the objectives
     * @return the new step
     */
    public Step withObjectives(List<String> newObjectives) {
        return new Step(id, start, end, detail, newObjectives, operator, financedAction);
    }

    /**
     * The same step run by another organisation.
     *
     * @param newOperator the organisation that runs it
     * @return the new step
     */
    public Step withOperator(String newOperator) {
        return new Step(id, start, end, detail, objectives, Option.some(newOperator), financedAction);
    }

    /**
     * The same step in a financed action.
     *
     * @param action the PLIE-financed action
     * @return the new step
     */
    public Step withFinancedAction(String action) {
        return new Step(id, start, end, detail, objectives, operator, Option.some(action));
    }

    /**
     * Whether the step is going on at {@code date} (its start and end days included).
     *
     * @param date the day
     * @return whether the step is going on then
     */
    public boolean isOngoingOn(LocalDate date) {
        return !date.isBefore(start) && end.forAll(e -> !date.isAfter(e));
    }

    /**
     * The employment this step is, if it is one.
     *
     * @return the employment, if it is one
     */
    public Option<Employment> employment() {
        return detail instanceof Employment e ? Option.some(e) : Option.none();
    }

    /**
     * The training this step is, if it is one.
     *
     * @return the training, if it is one
     */
    public Option<Training> training() {
        return detail instanceof Training t ? Option.some(t) : Option.none();
    }

    /**
     * The business creation this step is, if it is one.
     *
     * @return the business creation, if it is one
     */
    public Option<BusinessCreation> businessCreation() {
        return detail instanceof BusinessCreation b ? Option.some(b) : Option.none();
    }
}
