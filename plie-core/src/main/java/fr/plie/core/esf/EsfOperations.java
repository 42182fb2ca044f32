package fr.plie.core.esf;

import fr.plie.core.common.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;

/**
 * The ESF+ operations a PLIE declares, sorted by start. Their periods do not overlap: a participant belongs to
 * one operation at a time.
 */
public final class EsfOperations {
    private final List<EsfOperation> operations;

    private EsfOperations(List<EsfOperation> sorted) {
        this.operations = sorted;
    }

    /**
     * The declared operations, or why they cannot be used: two operations with the same id
     * ({@code esf.operation.duplicate}) or overlapping periods ({@code esf.operation.overlap}).
     *
     * @param declared the operations the PLIE declares, in any order
     * @return the operations sorted by start, or the rejection
     */
    public static Either<Rejection, EsfOperations> of(List<EsfOperation> declared) {
        List<EsfOperation> sorted = declared.stream()
                .sorted(Comparator.comparing((EsfOperation o) -> o.period().from()))
                .toList();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (sorted.get(j).id().equals(sorted.get(i).id())) {
                    return Either.left(Rejection.of(
                            "esf.operation.duplicate", sorted.get(i).id()));
                }
            }
            if (i > 0
                    && !sorted.get(i)
                            .period()
                            .from()
                            .isAfter(sorted.get(i - 1).period().to())) {
                return Either.left(Rejection.of(
                        "esf.operation.overlap",
                        sorted.get(i - 1).id(),
                        sorted.get(i).id()));
            }
        }
        return Either.right(new EsfOperations(sorted));
    }

    /** {@return every operation, by start date} */
    public List<EsfOperation> all() {
        return operations;
    }

    /**
     * The operation {@code id}.
     *
     * @param id the operation's identifier
     * @return the operation, none if it is not declared
     */
    public Option<EsfOperation> find(EsfOperationId id) {
        return Option.ofOptional(
                operations.stream().filter(o -> o.id().equals(id)).findFirst());
    }
}
