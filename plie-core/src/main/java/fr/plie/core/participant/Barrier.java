package fr.plie.core.participant;

import io.vavr.control.Option;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A barrier to employment, identified at diagnostic and worked on during the parcours.
 *
 * @param liftedOn set exactly when the status is {@link BarrierStatus#LIFTED}
 */
public record Barrier(
        @NotNull BarrierKind kind,
        @NotNull BarrierStatus status,
        @NotNull LocalDate identifiedOn,
        Option<LocalDate> liftedOn) {
    /**
     * Checks that no component is missing.
     *
     * @param kind the kind of barrier
     * @param status where its lifting stands
     * @param identifiedOn the day it was identified
     * @param liftedOn set exactly when the status is {@link BarrierStatus#LIFTED}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code liftedOn} and the status disagree, or the barrier is
     *     lifted before it is identified
     */
    public Barrier {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(identifiedOn, "identifiedOn");
        Objects.requireNonNull(liftedOn, "liftedOn");
        if (liftedOn.isDefined() != (status == BarrierStatus.LIFTED)) {
            throw new IllegalArgumentException("a barrier has a lifting date exactly when it is lifted");
        }
        if (liftedOn.exists(d -> d.isBefore(identifiedOn))) {
            throw new IllegalArgumentException("a barrier cannot be lifted before it is identified");
        }
    }

    /**
     * A barrier identified on {@code on}.
     *
     * @param kind the kind of barrier
     * @param on the day it was identified
     * @return the barrier
     */
    public static Barrier identified(BarrierKind kind, LocalDate on) {
        return new Barrier(kind, BarrierStatus.IDENTIFIED, on, Option.none());
    }

    /** {@return the same barrier, being worked on} */
    public Barrier inProgress() {
        return new Barrier(kind, BarrierStatus.IN_PROGRESS, identifiedOn, Option.none());
    }

    /**
     * The same barrier, lifted.
     *
     * @param on the day it was lifted
     * @return the lifted barrier
     */
    public Barrier liftedOn(LocalDate on) {
        return new Barrier(kind, BarrierStatus.LIFTED, identifiedOn, Option.some(on));
    }
}
