package fr.plie.core.participant;

import io.vavr.control.Option;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A person in the programme: pseudonymous id, profile, and personal data when it is held (it is absent in a
 * pseudonymous export and after erasure).
 */
public record Participant(
        @NotNull ParticipantId id, @NotNull @Valid Profile profile, Option<@Valid PersonalData> personalData) {
    /**
     * Checks that no component is missing.
     *
     * @param id the participant's pseudonymous id
     * @param profile the pseudonymous facts the rules read
     * @param personalData name and contact, none when not held
     * @throws NullPointerException if a component is null
     */
    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(personalData, "personalData");
    }

    /**
     * The same participant without name or contact.
     *
     * @return the pseudonymised participant
     */
    public Participant pseudonymised() {
        return new Participant(id, profile, Option.none());
    }

    @Override
    public String toString() {
        return "Participant[" + id + "]";
    }
}
