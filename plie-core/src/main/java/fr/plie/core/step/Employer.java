package fr.plie.core.step;

import io.vavr.control.Option;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * An employer or host company.
 *
 * @param sector the activity sector, as a NAF/APE code (e.g. {@code 56.10A}) or a sector label
 */
public record Employer(
        @NotBlank(message = "{fr.plie.text.required}") @Size(max = 200)
        String name,

        Option<Siret> siret,
        Option<@Size(max = 100) String> sector,
        @NotNull EmployerKind kind) {
    /**
     * Checks that no component is missing.
     *
     * @param name the employer's name
     * @param siret the employer's SIRET, if known
     * @param sector the activity sector, as a NAF/APE code (e.g. {@code 56.10A}) or a sector label
     * @param kind private, public, associative or SIAE
     * @throws NullPointerException if a component is null
     */
    public Employer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * An employer known by its name only.
     *
     * @param name the employer's name
     * @param kind its kind
     * @return the employer
     */
    public static Employer of(String name, EmployerKind kind) {
        return new Employer(name, Option.none(), Option.none(), kind);
    }
}
