package fr.plie.core.admission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A referral ("fiche de prescription"): who refers the candidate, when, and why.
 *
 * @param prescriberOrganisation the referring organisation's name or code, e.g. "France Travail Boulogne"
 */
public record Referral(
        @NotNull PrescriberKind prescriberKind,

        @NotBlank(message = "{fr.plie.text.required}") @Size(max = 200)
        String prescriberOrganisation,

        @NotNull LocalDate date,
        List<@NotBlank(message = "{fr.plie.text.required}") @Size(max = 500) String> reasons) {
    /**
     * Copies the reasons, so the referral stays immutable.
     *
     * @param prescriberKind the kind of partner who refers the candidate
     * @param prescriberOrganisation the referring organisation's name or code, e.g. "France Travail Boulogne"
     * @param date the day of the referral
     * @param reasons why the candidate is referred
     * @throws NullPointerException if a component is null
     */
    public Referral {
        Objects.requireNonNull(prescriberKind, "prescriberKind");
        Objects.requireNonNull(prescriberOrganisation, "prescriberOrganisation");
        Objects.requireNonNull(date, "date");
        reasons = List.copyOf(reasons);
    }
}
