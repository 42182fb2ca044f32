package fr.plie.core.parcours;

import fr.plie.core.admission.ReferentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An interview with the participant. Seed 002: "tout entretien ... doit être formalisé", hence the required
 * synthesis. The synthesis may hold personal details and is never printed.
 */
public record Interview(
        @NotNull LocalDate date,
        @NotNull InterviewMode mode,

        @NotBlank(message = "{fr.plie.interview.synthesis.required}") @Size(max = 4000)
        String synthesis,

        @NotNull ReferentId author) {
    /**
     * Checks that no component is missing.
     *
     * @param date the day of the interview
     * @param mode how it took place
     * @param synthesis what was said and decided; may hold personal details
     * @param author the referent who led it
     * @throws NullPointerException if a component is null
     */
    public Interview {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(synthesis, "synthesis");
        Objects.requireNonNull(author, "author");
    }

    @Override
    public String toString() {
        return "Interview[date=" + date + ", mode=" + mode + ", author=" + author + "]";
    }
}
