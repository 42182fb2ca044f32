package fr.plie.adapter.jdbc;

import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit trail ("qui a modifié quoi", asked for by users of parcours software and by GDPR):
 * who changed a participant's records, when, and what changed, without any personal data.
 *
 * @param parcours the parcours changed; none for a change of the participant's own record
 * @param actor the pseudonymous id of the user or process, supplied by the caller
 * @param recordedAt from the injected clock
 * @param versionFrom the parcours version before the change (0 when it was created or not applicable)
 * @param versionTo the parcours version after the change (0 when not applicable)
 * @param change what changed: the event types (e.g. {@code StartStep}) or a summary of statuses and counts
 */
public record AuditRecord(
        ParticipantId participant,
        Option<ParcoursId> parcours,
        String actor,
        Instant recordedAt,
        long versionFrom,
        long versionTo,
        String change) {
    /**
     * Checks that no component is missing.
     *
     * @param participant the participant whose records changed
     * @param parcours the parcours changed; none for a change of the participant's own record
     * @param actor the pseudonymous id of the user or process, supplied by the caller
     * @param recordedAt from the injected clock
     * @param versionFrom the parcours version before the change (0 when it was created or not applicable)
     * @param versionTo the parcours version after the change (0 when not applicable)
     * @param change what changed: the event types (e.g. {@code StartStep}) or a summary of statuses and counts
     * @throws NullPointerException if a component is null
     */
    public AuditRecord {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(change, "change");
    }
}
