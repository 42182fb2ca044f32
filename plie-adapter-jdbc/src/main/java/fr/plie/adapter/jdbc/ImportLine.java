package fr.plie.adapter.jdbc;

import fr.plie.core.parcours.Chronology;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * One line of an import file: a parcours and, when the line carries it, its participant. The line number
 * locates every conflict the import reports.
 *
 * @param line the 1-based line of the file
 */
public record ImportLine(long line, Parcours parcours, Option<Participant> participant) {
    /**
     * Checks that the participant is the parcours' participant.
     *
     * @param line the 1-based line of the file
     * @param parcours the parcours
     * @param participant its participant, if the line carries it
     * @throws NullPointerException if {@code parcours} or {@code participant} is null
     * @throws IllegalArgumentException if the participant is not the parcours' participant
     */
    public ImportLine {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(participant, "participant");
        if (participant.exists(p -> !p.id().equals(parcours.participant()))) {
            throw new IllegalArgumentException("the participant of an import line is the parcours' participant");
        }
    }

    /**
     * The dates of this line no lifecycle produces (a step before the referral, a birth in 2999, as {@link
     * Chronology} finds them, with the participant's profile when the line carries it), each with the path of the
     * date at fault: the line is refused when there is one, before any batch is stored ({@code plie import} and
     * {@code POST /v1/import} alike).
     *
     * @return the violations, empty when the line can be imported
     */
    public List<Chronology.Violation> chronology() {
        return participant
                .map(p -> Chronology.violations(parcours, p.profile()))
                .getOrElse(() -> Chronology.violations(parcours));
    }
}
