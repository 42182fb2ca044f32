package fr.plie.core.admission;

import io.vavr.control.Option;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/** What the admission committee ("comité d'agrément", "commission entrées-sorties") decided on a referral. */
public sealed interface CommitteeDecision {
    /** {@return the day the committee decided} */
    LocalDate date();

    /** The candidate enters the PLIE once the commitment contract is signed. */
    record Admitted(@NotNull LocalDate date) implements CommitteeDecision {
        /**
         * Checks that the date is present.
         *
         * @param date the day of the committee
         * @throws NullPointerException if {@code date} is null
         */
        public Admitted {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The candidate is not admitted. Seed 002: "en cas de refus ... une alternative doit être proposée", so the
     * alternative is required.
     */
    record Refused(
            @NotNull LocalDate date,

            @NotBlank(message = "{fr.plie.text.required}") @Size(max = 500)
            String reason,

            @NotBlank(message = "{fr.plie.refusal.alternative.required}") @Size(max = 500)
            String alternativeProposed)
            implements CommitteeDecision {
        /**
         * Checks that no component is missing.
         *
         * @param date the day of the committee
         * @param reason why the candidate is refused
         * @param alternativeProposed the alternative proposed to the candidate
         * @throws NullPointerException if a component is null
         */
        public Refused {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(alternativeProposed, "alternativeProposed");
        }
    }

    /** The decision is deferred, for instance until a diagnostic is complete. */
    record Postponed(
            @NotNull LocalDate date,

            @NotBlank(message = "{fr.plie.text.required}") @Size(max = 500)
            String reason,

            Option<LocalDate> reviewOn)
            implements CommitteeDecision {
        /**
         * Checks that no component is missing.
         *
         * @param date the day of the committee
         * @param reason why the decision is deferred
         * @param reviewOn the day the committee means to decide, if set
         * @throws NullPointerException if a component is null
         */
        public Postponed {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(reviewOn, "reviewOn");
        }
    }
}
