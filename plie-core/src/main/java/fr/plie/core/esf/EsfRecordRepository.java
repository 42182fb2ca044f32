package fr.plie.core.esf;

import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Option;
import java.util.List;

/**
 * Port: where the entered ESF+ answers are kept, one record per participant and operation. Each implementation
 * states its thread safety; plie's JDBC one is thread-safe (see {@code PlieJdbc} in plie-adapter-jdbc).
 */
public interface EsfRecordRepository {
    Option<EsfRecord> find(ParticipantId participant, EsfOperationId operation);

    /** Every record of the operation, by participant id. */
    List<EsfRecord> findByOperation(EsfOperationId operation);

    /** Creates or replaces the participant's record for its operation. */
    void save(EsfRecord record);
}
