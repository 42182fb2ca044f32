package fr.plie.core.admission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The commitment contract ("contrat d'engagement") signed by the participant after admission; its signature
 * date is the parcours' entry date.
 */
public record CommitmentContract(
        @NotNull LocalDate signedOn,
        List<@NotBlank(message = "{fr.plie.text.required}") @Size(max = 500) String> objectives) {
    public CommitmentContract {
        Objects.requireNonNull(signedOn, "signedOn");
        objectives = List.copyOf(objectives);
    }

    public static CommitmentContract signedOn(LocalDate date) {
        return new CommitmentContract(date, List.of());
    }
}
