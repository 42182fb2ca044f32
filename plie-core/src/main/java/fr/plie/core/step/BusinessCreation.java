package fr.plie.core.step;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Creating one's own business. Seed 000 counts it once "consolidée par 6 mois d'activité"; seed 004 on any
 * official proof of registration.
 *
 * @param registeredOn official registration (KBIS, SIRET notice, trade register)
 * @param activityStart when the activity actually started
 */
public record BusinessCreation(Option<LocalDate> registeredOn, Option<Siret> siret, Option<LocalDate> activityStart)
        implements StepDetail {
    /**
     * Checks that no component is missing.
     *
     * @param registeredOn official registration (KBIS, SIRET notice, trade register)
     * @param siret the SIRET of the new business, once known
     * @param activityStart when the activity actually started
     * @throws NullPointerException if a component is null
     */
    public BusinessCreation {
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(activityStart, "activityStart");
    }

    /**
     * The same, for callers who hold {@link Optional}s rather than Vavr's {@code Option}.
     *
     * @param registeredOn official registration, if known
     * @param siret the SIRET of the new business, if known
     * @param activityStart when the activity actually started, if known
     */
    public BusinessCreation(
            Optional<LocalDate> registeredOn, Optional<Siret> siret, Optional<LocalDate> activityStart) {
        this(Option.ofOptional(registeredOn), Option.ofOptional(siret), Option.ofOptional(activityStart));
    }

    @Override
    public StepKind kind() {
        return StepKind.BUSINESS_CREATION;
    }
}
