package fr.plie.core.participant;

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
     * Creates or replaces the participant.
     *
     * @param participant the participant to store
     */
    void save(Participant participant);

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
