package fr.plie.core.participant;

import io.vavr.control.Option;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Name and contact of a participant: kept apart from the {@link Profile} so it can be left out of exports and
 * erased on request (GDPR) while the pseudonymous facts remain. Never printed.
 */
public record PersonalData(
        @NotBlank(message = "{fr.plie.text.required}") @Size(max = 100)
        String firstName,

        @NotBlank(message = "{fr.plie.text.required}") @Size(max = 100)
        String lastName,

        Option<@Email String> email,
        Option<@Size(max = 30) String> phone,
        Option<@Size(max = 300) String> address) {
    public PersonalData {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(address, "address");
    }

    @Override
    public String toString() {
        return "PersonalData[redacted]";
    }
}
