package fr.plie.core.common;

import java.util.regex.Pattern;

/** Checks shared by the pseudonymous identifiers of plie. */
public final class Id {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private Id() {}

    /**
     * Returns {@code value} if it is a valid identifier: 1 to 64 letters, digits, dots, dashes, colons or
     * underscores, starting with a letter or digit.
     *
     * @param value the identifier to check
     * @param kind the kind of id the message names, e.g. {@code ParticipantId}
     * @return {@code value}
     * @throws IllegalArgumentException otherwise; the message names the kind of id, not the value
     */
    public static String require(String value, String kind) {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " must be 1-64 characters among [A-Za-z0-9._:-]");
        }
        return value;
    }

    /**
     * Whether {@code value} is a valid identifier.
     *
     * @param value the identifier to check, possibly null
     * @return whether it is valid
     */
    public static boolean isValid(String value) {
        return value != null && ALLOWED.matcher(value).matches();
    }
}
