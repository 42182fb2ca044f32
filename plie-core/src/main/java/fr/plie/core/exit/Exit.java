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
    public Exit {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(validation, "validation");
    }

    public static Exit proposed(LocalDate date, ExitCategory category, List<Evidence> evidence) {
        return new Exit(date, category, evidence, Option.none());
    }

    public boolean isValidated() {
        return validation.isDefined();
    }

    public Exit validated(ExitValidation by) {
        return new Exit(date, category, evidence, Option.some(by));
    }
}
