package fr.plie.core.esf;

import fr.plie.core.common.Rejection;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * Port: where the entered ESF+ answers are kept, one record per participant and operation. Each implementation
 * states its thread safety; plie's JDBC one is thread-safe (see {@code PlieJdbc} in plie-adapter-jdbc).
 */
public interface EsfRecordRepository {
    /**
     * The record of {@code participant} in {@code operation}.
     *
     * @param participant the participant
     * @param operation the operation
     * @return the record, none if nothing was entered
     */
    Option<EsfRecord> find(ParticipantId participant, EsfOperationId operation);

    /**
     * Every record of the operation, by participant id.
     *
     * @param operation the operation
     * @return its records
     */
    List<EsfRecord> findByOperation(EsfOperationId operation);

    /**
     * Every record of {@code participant}, whatever the operation (a parcours may span several yearly
     * operations), in operation id order.
     *
     * @param participant the participant
     * @return their records, empty if nothing was entered
     */
    List<EsfRecord> findByParticipant(ParticipantId participant);

    /**
     * Creates or replaces the participant's record for its operation, or refuses it, changing nothing, when the
     * store cannot hold it (a character the database refuses, a text longer than its column): a rejection naming
     * the participant's id and the field, never its content.
     *
     * @param record the record to store
     * @return the record as stored, or why it was refused
     */
    Either<Rejection, EsfRecord> save(EsfRecord record);
}
