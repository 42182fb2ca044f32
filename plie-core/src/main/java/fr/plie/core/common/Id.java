package fr.plie.core.common;

/** Checks shared by the pseudonymous identifiers of plie: {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,63}}. */
public final class Id {
    private static final int MAX_LENGTH = 64;

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
        if (!isValid(value)) {
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
        // a loop rather than a regular expression: ids are checked for every row a stream reads
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !alphanumeric(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (!alphanumeric(ch) && ch != '.' && ch != '_' && ch != ':' && ch != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean alphanumeric(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    }
}
