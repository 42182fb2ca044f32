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

    /**
     * One page of the parcours matching {@code filter}, in id order: at most {@code limit} of them, those whose id
     * comes after {@code after} (from the first when none). To walk a list, pass the id of the last parcours of
     * one page as {@code after} for the next; a page shorter than {@code limit} is the last one. Each page costs
     * one read of at most {@code limit} parcours in the database adapter, whatever the number stored, and no cursor
     * stays open between pages.
     *
     * <p>This default reads {@link #streamAll()} and skips what it does not need: correct, but as costly as
     * reading everything; adapters override it.
     *
     * @param filter the criteria a parcours must meet
     * @param after the id the page starts after, none for the first page
     * @param limit the most parcours returned
     * @return the page, in id order, empty after the last parcours
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    default List<Parcours> page(ParcoursFilter filter, Option<ParcoursId> after, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        try (Stream<Parcours> all = streamAll()) {
            return all.filter(p -> after.map(a -> p.id().value().compareTo(a.value()) > 0)
                            .getOrElse(true))
                    .filter(filter::matches)
                    .limit(limit)
                    .toList();
        }
    }
}
