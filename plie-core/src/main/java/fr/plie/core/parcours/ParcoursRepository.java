package fr.plie.core.parcours;

import fr.plie.core.common.Rejection;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.stream.Stream;

/** Port: where parcours are kept. Implemented by the JDBC adapter, and in memory in tests. */
public interface ParcoursRepository {
    Option<Parcours> findById(ParcoursId id);

    List<Parcours> findByParticipant(ParticipantId participant);

    /**
     * Stores {@code parcours} if the stored version is still {@code expectedVersion} (0 for a parcours not yet
     * stored). Otherwise nothing is written and the rejection {@code parcours.stale-version} names the parcours,
     * the expected and the stored version.
     */
    Either<Rejection, Parcours> save(Parcours parcours, long expectedVersion);

    /**
     * Streams the parcours active at some day of {@code period}, for reporting, without loading them all. The
     * caller closes the stream.
     */
    Stream<Parcours> streamActiveIn(ReportingPeriod period);
}
