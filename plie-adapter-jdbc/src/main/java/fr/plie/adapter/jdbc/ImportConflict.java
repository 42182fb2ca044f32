package fr.plie.adapter.jdbc;

import fr.plie.core.common.Rejection;
import java.util.Locale;

/**
 * Why one line of an import cannot be stored: the parcours or participant is already stored with other content
 * (and {@code --update} was not asked), it changed since the file was exported ({@code parcours.stale-version}),
 * its participant is nowhere, or a text the database cannot hold. Carries ids, never personal data.
 *
 * @param line the 1-based line of the file
 */
public record ImportConflict(long line, Rejection rejection) {
    /** Already stored parcours: args parcours id, stored version. */
    public static final String PARCOURS_EXISTS = "jdbc.import.parcours-exists";
    /** Already stored participant with other content: args participant id. */
    public static final String PARTICIPANT_DIFFERS = "jdbc.import.participant-differs";
    /** A parcours whose participant is neither stored nor in the file before it: args parcours id, participant id. */
    public static final String PARTICIPANT_MISSING = "jdbc.import.participant-missing";

    /**
     * The reason in French or English, without the line.
     *
     * @param locale the reader's locale
     * @return the reason
     */
    public String message(Locale locale) {
        return rejection.message(locale);
    }
}
