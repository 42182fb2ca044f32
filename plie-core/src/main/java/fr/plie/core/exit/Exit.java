package fr.plie.core.exit;

import io.vavr.control.Option;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The exit of a parcours: proposed with its evidence, then validated by the committee.
 *
 * @param date the exit date: the situation the evidence attests is the one on this day
 * @param validation none while the exit is only proposed
 */
public record Exit(
        @NotNull LocalDate date,
        @NotNull ExitCategory category,
        List<@NotNull @Valid Evidence> evidence,
        Option<@Valid ExitValidation> validation) {
    /**
     * Copies the evidence, so the exit stays immutable.
     *
     * @param date the exit date: the situation the evidence attests is the one on this day
     * @param category why the parcours ends
     * @param evidence the documents that attest the situation
     * @param validation none while the exit is only proposed
     * @throws NullPointerException if a component is null
     */
    public Exit {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(validation, "validation");
    }

    /**
     * An exit proposed to the committee, not validated yet.
     *
     * @param date the exit date
     * @param category why the parcours ends
     * @param evidence the documents that attest the situation
     * @return the proposed exit
     */
    public static Exit proposed(LocalDate date, ExitCategory category, List<Evidence> evidence) {
        return new Exit(date, category, evidence, Option.none());
    }

    /** {@return whether the committee validated the exit} */
    public boolean isValidated() {
        return validation.isDefined();
    }

    /**
     * The same exit, validated.
     *
     * @param by the committee's validation
     * @return the validated exit
     */
    public Exit validated(ExitValidation by) {
        return new Exit(date, category, evidence, Option.some(by));
    }
}
