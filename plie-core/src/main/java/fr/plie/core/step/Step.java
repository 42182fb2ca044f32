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
    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(detail, "detail");
        objectives = List.copyOf(objectives);
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(financedAction, "financedAction");
    }

    /** A step starting on {@code start}, still going on, with no objective, operator or action yet. */
    public static Step of(StepId id, LocalDate start, StepDetail detail) {
        return new Step(id, start, Option.none(), detail, List.of(), Option.none(), Option.none());
    }

    public StepKind kind() {
        return detail.kind();
    }

    public Step endedOn(LocalDate date) {
        return new Step(id, start, Option.some(date), detail, objectives, operator, financedAction);
    }

    public Step withDetail(StepDetail newDetail) {
        return new Step(id, start, end, newDetail, objectives, operator, financedAction);
    }

    public Step withObjectives(List<String> newObjectives) {
        return new Step(id, start, end, detail, newObjectives, operator, financedAction);
    }

    public Step withOperator(String newOperator) {
        return new Step(id, start, end, detail, objectives, Option.some(newOperator), financedAction);
    }

    public Step withFinancedAction(String action) {
        return new Step(id, start, end, detail, objectives, operator, Option.some(action));
    }

    /** Whether the step is going on at {@code date} (its start and end days included). */
    public boolean isOngoingOn(LocalDate date) {
        return !date.isBefore(start) && end.forAll(e -> !date.isAfter(e));
    }

    /** The employment this step is, if it is one. */
    public Option<Employment> employment() {
        return detail instanceof Employment e ? Option.some(e) : Option.none();
    }

    /** The training this step is, if it is one. */
    public Option<Training> training() {
        return detail instanceof Training t ? Option.some(t) : Option.none();
    }

    /** The business creation this step is, if it is one. */
    public Option<BusinessCreation> businessCreation() {
        return detail instanceof BusinessCreation b ? Option.some(b) : Option.none();
    }
}
