package fr.plie.core.parcours;

import io.vavr.control.Option;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Proposing the participant for a job offer ("mise en relation sur offre"); seed 004 asks that its result and
 * the reasons be followed up.
 */
public record JobOfferPlacement(
        @NotBlank(message = "{fr.plie.text.required}") @Size(max = 100)
        String offerReference,

        @NotNull LocalDate date,
        @NotNull PlacementResult result,
        Option<@Size(max = 500) String> reasons) {
    /**
     * Checks that no component is missing.
     *
     * @param offerReference the reference of the job offer
     * @param date the day the participant was proposed
     * @param result what came of it
     * @param reasons why, when the result calls for an explanation
     * @throws NullPointerException if a component is null
     */
    public JobOfferPlacement {
        Objects.requireNonNull(offerReference, "offerReference");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reasons, "reasons");
    }
}
