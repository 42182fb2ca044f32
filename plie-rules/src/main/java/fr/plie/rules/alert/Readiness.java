package fr.plie.rules.alert;

import fr.plie.core.exit.EvidenceKind;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the exit rules say about a parcours on a date, as far as alerts need it: whether a positive exit can be
 * pronounced, from which date, and which kinds of evidence are still missing (seed 002: the evidence must attest
 * the situation "au moment de la sortie").
 *
 * @param positiveExitPossible whether the facts recorded make a positive exit pronounceable
 * @param from the first date the positive exit can be pronounced; defined exactly when it is possible
 * @param missingEvidence the kinds of evidence still missing for it
 */
public record Readiness(boolean positiveExitPossible, Option<LocalDate> from, Set<EvidenceKind> missingEvidence) {
    /**
     * Copies the missing evidence, so the readiness stays immutable.
     *
     * @param positiveExitPossible whether the facts recorded make a positive exit pronounceable
     * @param from the first date the positive exit can be pronounced; defined exactly when it is possible
     * @param missingEvidence the kinds of evidence still missing for it
     * @throws NullPointerException if {@code from} or {@code missingEvidence} is null
     * @throws IllegalArgumentException if {@code from} is defined when no exit is possible, or the reverse
     */
    public Readiness {
        Objects.requireNonNull(from, "from");
        missingEvidence = Set.copyOf(missingEvidence);
        if (positiveExitPossible != from.isDefined()) {
            throw new IllegalArgumentException("a readiness has a date exactly when a positive exit is possible");
        }
    }

    /**
     * No positive exit can be pronounced (yet).
     *
     * @return the readiness
     */
    public static Readiness notReady() {
        return new Readiness(false, Option.none(), Set.of());
    }

    /**
     * A positive exit can be pronounced from {@code from}; {@code missing} lists the evidence still lacking.
     *
     * @param from the first day
     * @param missing the kinds of evidence still missing
     * @return the readiness
     */
    public static Readiness readyFrom(LocalDate from, EvidenceKind... missing) {
        Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
        kinds.addAll(Arrays.asList(missing));
        return new Readiness(true, Option.some(from), kinds);
    }
}
