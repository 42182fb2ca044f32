package fr.plie.core.exit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/** The committee's validation of an exit (seed 001: the commission "valide les sorties du dispositif"). */
public record ExitValidation(
        @NotNull LocalDate date,

        @NotBlank(message = "{fr.plie.text.required}") @Size(max = 200)
        String committee) {
    /**
     * Checks that no component is missing.
     *
     * @param date the day the committee validated the exit
     * @param committee the committee that validated it
     * @throws NullPointerException if {@code date} or {@code committee} is null
     */
    public ExitValidation {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(committee, "committee");
    }
}
