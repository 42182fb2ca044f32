package fr.plie.core.step;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/** An immersion in a company ("PMSMP", période de mise en situation en milieu professionnel). */
public record Immersion(@NotNull @Valid Employer host) implements StepDetail {
    /**
     * Checks that the host is present.
     *
     * @param host the host company
     * @throws NullPointerException if {@code host} is null
     */
    public Immersion {
        Objects.requireNonNull(host, "host");
    }

    @Override
    public StepKind kind() {
        return StepKind.IMMERSION;
    }
}
