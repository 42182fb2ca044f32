package fr.plie.adapter.jdbc;

import fr.plie.core.common.Rejection;
import fr.plie.core.esf.EsfRecordRepository;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursChange;
import fr.plie.core.parcours.ParcoursEvent;
import fr.plie.core.parcours.ParcoursRepository;
import fr.plie.core.parcours.ParcoursWithParticipant;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.parcours.ReportingSource;
import fr.plie.core.participant.ParticipantRepository;
import io.vavr.control.Either;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repositories of plie's core ports for one actor (the référent, user or batch whose id the audit trail
 * records), either each operation in its own transaction or all inside the caller's transaction; see {@link
 * PlieJdbc#repositories(String)} and {@link PlieJdbc#join(java.sql.Connection, String)}.
 *
 * <p>Thread-safe and stateless between calls, except when made by {@link PlieJdbc#join(java.sql.Connection,
 * String)}: those work on one connection, which JDBC does not share between threads.
 */
public final class PlieRepositories implements ReportingSource {
    private final JdbcParcoursRepository parcours;
    private final JdbcParticipantRepository participants;
    private final JdbcEsfRecordRepository esfRecords;
    private final WithParticipants withParticipants;

    PlieRepositories(Settings settings, UnitOfWork uow, String actor, boolean pseudonymised) {
        this.parcours = new JdbcParcoursRepository(settings, uow, actor, pseudonymised);
        this.participants = new JdbcParticipantRepository(settings, uow, actor, pseudonymised);
        this.esfRecords = new JdbcEsfRecordRepository(settings, uow, actor);
        this.withParticipants = new WithParticipants(participants, settings.tables(), pseudonymised);
    }

    /**
     * The parcours referred in or active in {@code period} ({@link ReportingSource#streamConcerning}), each with its
     * participant, so a report needs no lookup per parcours. On PostgreSQL each table (parcours, their child tables,
     * participants' profiles, barriers and, unless pseudonymised, personal data) is read once, sorted by parcours
     * and merged; elsewhere, and on a caller's connection, by pages of parcours with one query per page for each of
     * the participants' tables. Close the stream (try-with-resources).
     */
    @Override
    public Stream<ParcoursWithParticipant> streamConcerning(ReportingPeriod period) {
        return parcours.streamConcerning(period, withParticipants);
    }

    /**
     * Every stored parcours, whatever its status, in id order (as {@code parcours().streamAll()}), each with its
     * participant, read as {@link #streamConcerning} reads. A parcours whose participant is not stored comes with
     * none. Close the stream (try-with-resources).
     *
     * @return the parcours with their participants
     */
    public Stream<ParcoursWithParticipant> streamAllWithParticipants() {
        return parcours.streamAll(withParticipants);
    }

    /**
     * Parcours with optimistic locking: a stale save is the rejection {@code parcours.stale-version}.
     *
     * @return the parcours repository
     */
    public ParcoursRepository parcours() {
        return parcours;
    }

    /**
     * Participants: the pseudonymous profile and, apart, the erasable personal data.
     *
     * @return the participant repository
     */
    public ParticipantRepository participants() {
        return participants;
    }

    /**
     * The ESF+ answers entered per participant and operation (docs/esf.md).
     *
     * @return the ESF+ record repository
     */
    public EsfRecordRepository esfRecords() {
        return esfRecords;
    }

    /**
     * Saves the parcours an accepted command produced, expecting the version before it; the audit trail records
     * the event's type (e.g. {@code StartStep}) as what changed.
     *
     * @param change the accepted command's result
     * @return the stored parcours, or {@code parcours.stale-version}
     */
    public Either<Rejection, Parcours> save(ParcoursChange change) {
        return save(List.of(change));
    }

    /**
     * Saves the parcours after several accepted commands ({@link fr.plie.core.parcours.ParcoursLifecycle#handleAll})
     * in one transaction, expecting the version before the first one; the audit trail records every event's type
     * (e.g. {@code Decide,SignCommitment}) as what changed.
     *
     * @param changes consecutive changes of one parcours, oldest first
     * @return the stored parcours after the last change, or {@code parcours.stale-version}
     * @throws IllegalArgumentException if {@code changes} is empty, or its changes are not of one parcours with
     *     versions increasing by one
     */
    public Either<Rejection, Parcours> save(List<ParcoursChange> changes) {
        return parcours.save(changes);
    }

    /**
     * Saves {@code parcours} over {@code expectedVersion}, recording these events in the audit trail.
     *
     * @param parcours the parcours
     * @param expectedVersion the version the caller read
     * @param events the events to record
     * @return the stored parcours, or {@code parcours.stale-version}
     */
    public Either<Rejection, Parcours> save(Parcours parcours, long expectedVersion, List<ParcoursEvent> events) {
        return this.parcours.save(parcours, expectedVersion, List.copyOf(events));
    }

    /**
     * Stores parcours that are not stored yet (an import, a migration from another tool) in one transaction with
     * batched inserts: all of them, or none and {@code parcours.stale-version} for one that already exists.
     *
     * @param newParcours the parcours to store
     * @return how many were stored, or the rejection
     */
    public Either<Rejection, Integer> saveNew(Collection<Parcours> newParcours) {
        return parcours.saveNew(List.copyOf(newParcours));
    }
}
