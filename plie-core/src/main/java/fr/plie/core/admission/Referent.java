package fr.plie.core.admission;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A referent and their working time: capacity is counted per full-time equivalent (90 participants per FTE in
 * seed 004).
 *
 * @param fte full-time equivalent, above 0 and at most 1
 */
public record Referent(
        @NotNull ReferentId id,

        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
        BigDecimal fte) {
    /**
     * Checks that no component is missing.
     *
     * @param id the referent's identifier
     * @param fte full-time equivalent, above 0 and at most 1
     * @throws NullPointerException if {@code id} or {@code fte} is null
     */
    public Referent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fte, "fte");
    }
}
