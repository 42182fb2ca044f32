package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfOperation;
import fr.plie.core.esf.EsfOperations;
import fr.plie.core.parcours.Parcours;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gives a parcours its participant-operation records under an {@link OperationRule}. A parcours is in an
 * operation when the days from its entry (commitment signed) to its validated exit, or to {@code asOf} while it
 * goes on, meet the operation's period. Immutable and thread-safe.
 */
public final class OperationSplitter {
    private final EsfOperations operations;
    private final OperationRule rule;

    /**
     * A splitter of parcours between {@code operations}.
     *
     * @param operations the operations the PLIE declares
     * @param rule how a parcours spanning operations is split
     * @throws NullPointerException if an argument is null
     */
    public OperationSplitter(EsfOperations operations, OperationRule rule) {
        this.operations = Objects.requireNonNull(operations, "operations");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * The records of {@code parcours} as known on {@code asOf}: none before its entry; an operation that ended
     * on or before {@code asOf} while the parcours went on is left on its last day.
     *
     * @param parcours the parcours
     * @param asOf the day of the split
     * @return the participant-operations, by operation
     */
    public List<ParticipantOperation> split(Parcours parcours, LocalDate asOf) {
        LocalDate entry = parcours.entryDate().getOrNull();
        if (entry == null || entry.isAfter(asOf)) {
            return List.of();
        }
        LocalDate exit = parcours.exitDate().filter(e -> !e.isAfter(asOf)).getOrNull();
        LocalDate last = exit == null ? asOf : exit;
        List<ParticipantOperation> records = new ArrayList<>();
        for (EsfOperation operation : operations.all()) {
            LocalDate from = operation.period().from();
            LocalDate to = operation.period().to();
            if (from.isAfter(last) || to.isBefore(entry)) {
                continue;
            }
            LocalDate in = entry.isAfter(from) ? entry : from;
            if (rule == OperationRule.FIRST_OPERATION_ONLY) {
                records.add(record(parcours, operation, in, Option.of(exit), exit != null));
                break;
            }
            if (exit != null && !exit.isAfter(to)) {
                records.add(record(parcours, operation, in, Option.some(exit), true));
            } else if (!to.isAfter(asOf)) {
                records.add(record(parcours, operation, in, Option.some(to), false));
            } else {
                records.add(record(parcours, operation, in, Option.none(), false));
            }
        }
        return records;
    }

    private static ParticipantOperation record(
            Parcours parcours, EsfOperation operation, LocalDate in, Option<LocalDate> out, boolean left) {
        return new ParticipantOperation(parcours.id(), parcours.participant(), operation, in, out, left);
    }
}
