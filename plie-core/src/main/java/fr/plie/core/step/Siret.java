package fr.plie.core.step;

import fr.plie.core.common.Rejection;
import io.vavr.control.Either;
import java.util.regex.Pattern;

/** The 14-digit SIRET number of an establishment. */
public record Siret(String value) {
    private static final Pattern FORMAT = Pattern.compile("\\d{14}");

    /**
     * Checks the number's format.
     *
     * @param value 14 digits
     * @throws IllegalArgumentException if {@code value} is not 14 digits
     */
    public Siret {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a SIRET has 14 digits");
        }
    }

    /**
     * The SIRET {@code value}.
     *
     * @param value 14 digits
     * @return the SIRET
     * @throws IllegalArgumentException if {@code value} is not 14 digits
     */
    public static Siret of(String value) {
        return new Siret(value);
    }

    /**
     * Reads user input: a rejection {@code siret.invalid} instead of an exception.
     *
     * @param value the typed number
     * @return the SIRET, or the rejection
     */
    public static Either<Rejection, Siret> parse(String value) {
        return value != null && FORMAT.matcher(value).matches()
                ? Either.right(new Siret(value))
                : Either.left(Rejection.of("siret.invalid"));
    }

    /**
     * The SIREN, the company part of the SIRET.
     *
     * @return the first 9 digits
     */
    public String siren() {
        return value.substring(0, 9);
    }

    @Override
    public String toString() {
        return value;
    }
}
