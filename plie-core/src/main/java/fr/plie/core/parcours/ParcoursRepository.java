package fr.plie.core.parcours;

import fr.plie.core.common.Rejection;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.stream.Stream;

/** Port: where parcours are kept. Implemented by the JDBC adapter, and in memory in tests. */
public interface ParcoursRepository {
    /**
     * The parcours {@code id}.
     *
     * @param id the parcours' id
     * @return the parcours, none if it is not stored
     */
    Option<Parcours> findById(ParcoursId id);

    /**
     * The parcours of {@code participant}.
     *
     * @param participant the participant's id
     * @return their parcours, empty if there is none
     */
    List<Parcours> findByParticipant(ParticipantId participant);

    /**
     * Stores {@code parcours} if the stored version is still {@code expectedVersion} (0 for a parcours not yet
     * stored). Otherwise nothing is written and the rejection {@code parcours.stale-version} names the parcours,
     * the expected and the stored version.
     *
     * @param parcours the parcours to store
     * @param expectedVersion the version the caller read
     * @return the stored parcours, or the rejection
     */
    Either<Rejection, Parcours> save(Parcours parcours, long expectedVersion);

    /**
     * Stores the outcome of {@code changes}, the consecutive changes of one parcours that {@link
     * ParcoursLifecycle#handleAll} returns, if the stored version is still the one before the first change. One
     * save for several commands: the expected version is the first change's minus one, not the last one's.
     *
     * @param changes consecutive changes of one parcours, oldest first
     * @return the stored parcours after the last change, or the rejection {@code parcours.stale-version}
     * @throws IllegalArgumentException if {@code changes} is empty, or its changes are not of one parcours with
     *     versions increasing by one
     */
    default Either<Rejection, Parcours> save(List<ParcoursChange> changes) {
        return save(ParcoursChange.last(changes), ParcoursChange.expectedVersion(changes));
    }

    /**
     * Streams the parcours active at some day of {@code period} ({@link Parcours#isActiveBetween}: entered on or
     * before its last day, no exit validated before its first day), in id order, without loading them all. The
     * caller closes the stream.
     *
     * <p>Only parcours that entered (commitment signed) are active: referrals refused or still waiting for a
     * decision are not streamed, although the report counts them as first receptions ({@code FIRST_RECEPTIONS},
     * referral date in the period). A report that needs them reads {@link #streamAll()}.
     *
     * @param period the period
     * @return the active parcours, to close after use
     */
    Stream<Parcours> streamActiveIn(ReportingPeriod period);

    /**
     * Streams every stored parcours, whatever its status, in id order, without loading them all (exports,
     * migrations, reports that count referrals). The caller closes the stream.
     *
     * @return every parcours, to close after use
     */
    Stream<Parcours> streamAll();
}
