package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfOperations;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ESF+ rows of one operation, parcours by parcours: split under the {@link OperationRule}, answered by the
 * {@link EsfQuestionnaire}, ready for {@link EsfOperationTable} and for the participant file of plie-export
 * ({@code fr.plie.export.esf.EsfParticipantFile}).
 *
 * <pre>{@code
 * EsfExport export = new EsfExport(operations, OperationRule.SPLIT_AT_OPERATION_BOUNDARIES, EsfDeadlines.DEFAULT);
 * List<EsfParticipantRow> rows = new ArrayList<>();
 * for (Parcours p : parcours) {
 *     rows.addAll(export.rows(operationId, p, participants.get(p.participant()), entered, asOf));
 * }
 * EsfParticipantFile.write(operation, rows, EsfColumns.defaults(), header, Locale.FRENCH, out);
 * }</pre>
 *
 * <p>Immutable and thread-safe: one instance serves every thread that exports rows of its operations.
 */
public final class EsfExport {
    private final OperationSplitter splitter;
    private final EsfQuestionnaire questionnaire;

    /**
     * An export of {@code operations}' rows.
     *
     * @param operations the operations the PLIE declares
     * @param rule how a parcours is split between operations
     * @param deadlines when the answers are due
     * @throws NullPointerException if an argument is null
     */
    public EsfExport(EsfOperations operations, OperationRule rule, EsfDeadlines deadlines) {
        this.splitter = new OperationSplitter(operations, rule);
        this.questionnaire = new EsfQuestionnaire(Objects.requireNonNull(deadlines, "deadlines"));
    }

    /**
     * The rows of {@code parcours} in {@code operation} (none when it is not in it), with the answers entered for
     * that operation ({@code entered}, by participant).
     *
     * @param operation the operation
     * @param parcours the parcours
     * @param participant its participant
     * @param entered the entered answers for the operation, by participant
     * @param asOf the day of the export
     * @return the rows
     */
    public List<EsfParticipantRow> rows(
            EsfOperationId operation,
            Parcours parcours,
            Participant participant,
            Map<ParticipantId, EsfRecord> entered,
            LocalDate asOf) {
        List<EsfParticipantRow> rows = new ArrayList<>(1);
        for (ParticipantOperation record : splitter.split(parcours, asOf)) {
            if (record.operation().id().equals(operation)) {
                EsfSheet sheet = questionnaire.sheet(
                        record, parcours, participant.profile(), Option.of(entered.get(participant.id())), asOf);
                rows.add(new EsfParticipantRow(sheet, participant.profile(), participant.personalData()));
            }
        }
        return rows;
    }
}
