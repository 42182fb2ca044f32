package fr.plie.core.step;

import io.vavr.control.Option;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An employment contract held during the parcours. The step's start and end dates are the contract's start and
 * actual end; the planned end and the trial period end are recorded here.
 */
@Value.Immutable
public abstract non-sealed class Employment implements StepDetail {
    /** The legal working week in France, the default full-time reference. */
    public static final BigDecimal FULL_TIME_HOURS = new BigDecimal("35");

    /** {@return the type of contract} */
    public abstract ContractType contractType();

    /** {@return the employer} */
    public abstract Employer employer();

    /**
     * Planned end of a fixed-term contract or mission; none for an open-ended contract.
     *
     * @return the planned end, if any
     */
    @Value.Default
    public Option<LocalDate> plannedEnd() {
        return Option.none();
    }

    /**
     * End of the trial period, when the contract has one (seed 004 counts a CDI from this date).
     *
     * @return the end of the trial period, none if the contract has none
     */
    @Value.Default
    public Option<LocalDate> trialPeriodEnd() {
        return Option.none();
    }

    /**
     * The contract has a trial period whose end is not recorded (neither the planned end nor the day it was
     * confirmed): unlike an empty {@link #trialPeriodEnd()}, which means no trial period, the exit rules then wait
     * for that date instead of counting the CDI from its start.
     *
     * @return whether the trial period's end is unknown
     */
    @Value.Default
    public boolean trialPeriodEndUnknown() {
        return false;
    }

    /** A trial period cannot both end on a date and have an unknown end. */
    @Value.Check
    protected void checkTrialPeriod() {
        if (trialPeriodEndUnknown() && trialPeriodEnd().isDefined()) {
            throw new IllegalArgumentException("a trial period end cannot be both recorded and unknown");
        }
    }

    /** {@return the weekly working hours in the contract} */
    public abstract BigDecimal weeklyHours();

    /**
     * The full-time reference for this job (35 hours unless a collective agreement says otherwise).
     *
     * @return the full-time weekly hours
     */
    @Value.Default
    public BigDecimal referenceWeeklyHours() {
        return FULL_TIME_HOURS;
    }

    /**
     * Whether a part-time schedule was chosen by the participant (the national guide counts it only then).
     *
     * @return whether the participant chose part time
     */
    @Value.Default
    public boolean partTimeChosen() {
        return false;
    }

    /**
     * Weekly hours as a share of full time, e.g. 0.5 for half-time.
     *
     * @return the share of full time
     */
    public BigDecimal workingTimeShare() {
        return weeklyHours().divide(referenceWeeklyHours(), 6, java.math.RoundingMode.HALF_EVEN);
    }

    @Override
    public StepKind kind() {
        return StepKind.EMPLOYMENT;
    }

    // Bean Validation reads only fields and JavaBeans getters: constraints on Immutables' accessors
    // (weeklyHours()) are silently ignored. These private getters, invisible to Immutables and to callers,
    // carry the constraints so a validator sees them under the attribute's name.

    @NotNull
    private ContractType getContractType() {
        return contractType();
    }

    @NotNull
    @Valid
    private Employer getEmployer() {
        return employer();
    }

    @NotNull
    @DecimalMin(value = "0", inclusive = false, message = "{fr.plie.hours.positive}")
    @DecimalMax(value = "48", message = "{fr.plie.hours.max}")
    private BigDecimal getWeeklyHours() {
        return weeklyHours();
    }

    @NotNull
    @DecimalMin(value = "0", inclusive = false, message = "{fr.plie.hours.positive}")
    @DecimalMax(value = "48", message = "{fr.plie.hours.max}")
    private BigDecimal getReferenceWeeklyHours() {
        return referenceWeeklyHours();
    }

    /** {@return a builder of employments} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an employment; the contract type, employer and weekly hours are required. */
    public static final class Builder extends ImmutableEmployment.Builder {
        /**
         * The planned end of a fixed-term contract or mission, for callers without Vavr.
         *
         * @param end the planned end
         * @return this builder
         */
        public Builder plannedEnd(LocalDate end) {
            plannedEnd(Option.some(java.util.Objects.requireNonNull(end, "end")));
            return this;
        }

        /**
         * The end of the trial period, for callers without Vavr.
         *
         * @param end the end of the trial period
         * @return this builder
         */
        public Builder trialPeriodEnd(LocalDate end) {
            trialPeriodEnd(Option.some(java.util.Objects.requireNonNull(end, "end")));
            return this;
        }
    }
}
