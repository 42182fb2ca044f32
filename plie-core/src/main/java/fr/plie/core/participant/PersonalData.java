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
    /**
     * Checks that no component is missing.
     *
     * @param firstName the first name
     * @param lastName the last name
     * @param email the email address, if known
     * @param phone the phone number, if known
     * @param address the postal address, if known
     * @throws NullPointerException if {@code email}, {@code phone} or {@code address} is null
     */
    public PersonalData {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(address, "address");
    }

    /**
     * A name without contact details.
     *
     * @param firstName the first name
     * @param lastName the last name
     * @return the personal data
     */
    public static PersonalData of(String firstName, String lastName) {
        return new PersonalData(firstName, lastName, Option.none(), Option.none(), Option.none());
    }

    /**
     * These personal data with {@code email}.
     *
     * @param newEmail the email address
     * @return the new personal data
     */
    public PersonalData withEmail(String newEmail) {
        return new PersonalData(firstName, lastName, Option.some(newEmail), phone, address);
    }

    /**
     * These personal data with {@code phone}.
     *
     * @param newPhone the phone number
     * @return the new personal data
     */
    public PersonalData withPhone(String newPhone) {
        return new PersonalData(firstName, lastName, email, Option.some(newPhone), address);
    }

    /**
     * These personal data with {@code address}.
     *
     * @param newAddress the postal address
     * @return the new personal data
     */
    public PersonalData withAddress(String newAddress) {
        return new PersonalData(firstName, lastName, email, phone, Option.some(newAddress));
    }

    @Override
    public String toString() {
        return "PersonalData[redacted]";
    }
}
