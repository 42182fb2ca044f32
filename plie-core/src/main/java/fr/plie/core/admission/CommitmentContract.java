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
    /**
     * Copies the objectives, so the contract stays immutable.
     *
     * @param signedOn the signature date, the parcours' entry date
     * @param objectives the objectives the participant commits to, in order
     * @throws NullPointerException if {@code signedOn} or {@code objectives} is null
     */
    public CommitmentContract {
        Objects.requireNonNull(signedOn, "signedOn");
        objectives = List.copyOf(objectives);
    }

    /**
     * A contract signed on {@code date}, with no objective written yet.
     *
     * @param date the signature date
     * @return the contract
     */
    public static CommitmentContract signedOn(LocalDate date) {
        return new CommitmentContract(date, List.of());
    }
}
