package fr.plie.core.participant;

import fr.plie.core.common.Rejection;
import io.vavr.control.Either;
import java.util.regex.Pattern;

/** The INSEE code of a French commune (5 characters; Corsica uses 2A and 2B), how PLIE territories are listed. */
public record InseeCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{2}|2A|2B)\\d{3}");

    /**
     * Checks the code's format.
     *
     * @param value five characters, e.g. {@code 31555} or {@code 2A004}
     * @throws IllegalArgumentException if {@code value} is not an INSEE commune code
     */
    public InseeCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an INSEE commune code has 5 characters, e.g. 31555 or 2A004");
        }
    }

    /**
     * The code {@code value}.
     *
     * @param value five characters, e.g. {@code 31555} or {@code 2A004}
     * @return the code
     * @throws IllegalArgumentException if {@code value} is not an INSEE commune code
     */
    public static InseeCode of(String value) {
        return new InseeCode(value);
    }

    /**
     * Reads user input: a rejection {@code insee.invalid} instead of an exception.
     *
     * @param value the typed code
     * @return the code, or the rejection
     */
    public static Either<Rejection, InseeCode> parse(String value) {
        return value != null && FORMAT.matcher(value).matches()
                ? Either.right(new InseeCode(value))
                : Either.left(Rejection.of("insee.invalid"));
    }

    @Override
    public String toString() {
        return value;
    }
}
