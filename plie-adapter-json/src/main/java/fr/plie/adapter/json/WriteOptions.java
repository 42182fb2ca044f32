package fr.plie.adapter.json;

/**
 * How documents are written.
 *
 * @param pseudonymous leave personal data out: no {@code personalData}, interview syntheses replaced by
 *     {@link #REDACTED}
 */
record WriteOptions(boolean pseudonymous) {
    /** What a pseudonymous export writes instead of a free-text synthesis that may name people. */
    static final String REDACTED = "[pseudonymised]";
}
