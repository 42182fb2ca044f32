package fr.plie.core.participant;

import fr.plie.core.common.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Port: where participants are kept. Each implementation states its thread safety; plie's JDBC one is
 * thread-safe (see {@code PlieJdbc} in plie-adapter-jdbc).
 */
public interface ParticipantRepository {
    /**
     * The participant {@code id}.
     *
     * @param id the participant's id
     * @return the participant, none if not stored
     */
    Option<Participant> findById(ParticipantId id);

    /**
     * Creates or replaces the participant, or refuses it, changing nothing, when the store cannot hold it (a
     * character the database refuses, a text longer than its column): a rejection naming the participant's id and
     * the field, never its content.
     *
     * @param participant the participant to store
     * @return the participant as stored, or why it was refused
     */
    Either<Rejection, Participant> save(Participant participant);

    /**
     * Erases the participant's personal data (GDPR right to erasure) and every free text of their parcours
     * ({@code FreeTexts}: a name or phone typed into a synthesis goes too), and keeps the pseudonymous profile
     * and every date, kind and count the indicators need. Returns whether the participant existed.
     *
     * @param id the participant's id
     * @return whether the participant existed
     */
    boolean erasePersonalData(ParticipantId id);
}
