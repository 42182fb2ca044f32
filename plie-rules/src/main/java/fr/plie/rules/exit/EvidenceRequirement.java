package fr.plie.rules.exit;

import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One piece of evidence ("pièce probante") an exit needs: any document of the listed kinds, issued no longer
 * than {@code maximumAge} before the exit date when an age is set. Seed 002: the documents "doivent permettre
 * d'attester la situation au moment où la sortie est prononcée".
 *
 * @param anyOf the kinds of document that satisfy the requirement (one is enough)
 * @param maximumAge how old the document may be at the exit date; none when any date will do
 */
public record EvidenceRequirement(Set<EvidenceKind> anyOf, Option<Period> maximumAge) {
    /**
     * Checks the requirement and copies the kinds, so it stays immutable.
     *
     * @param anyOf the kinds of document that satisfy the requirement (one is enough)
     * @param maximumAge how old the document may be at the exit date; none when any date will do
     * @throws NullPointerException if {@code maximumAge} is null
     * @throws IllegalArgumentException if {@code anyOf} is null or empty, or the maximum age is negative
     */
    public EvidenceRequirement {
        Objects.requireNonNull(maximumAge, "maximumAge");
        if (anyOf == null || anyOf.isEmpty()) {
            throw new IllegalArgumentException("an evidence requirement names at least one kind of document");
        }
        anyOf = Collections.unmodifiableSet(EnumSet.copyOf(anyOf));
        if (maximumAge.exists(Period::isNegative)) {
            throw new IllegalArgumentException("the maximum age of evidence cannot be negative");
        }
    }

    /**
     * Any document of one of {@code kinds}, whatever its date.
     *
     * @param first a kind of document
     * @param others the other kinds that do as well
     * @return the requirement
     */
    public static EvidenceRequirement anyOf(EvidenceKind first, EvidenceKind... others) {
        return new EvidenceRequirement(EnumSet.of(first, others), Option.none());
    }

    /**
     * The same requirement, the document being at most {@code age} old at the exit date.
     *
     * @param age the maximum age
     * @return the new requirement
     */
    public EvidenceRequirement atMost(Period age) {
        return new EvidenceRequirement(anyOf, Option.some(age));
    }

    /**
     * Whether {@code evidence} satisfies this requirement for an exit on {@code exitDate}.
     *
     * @param evidence the document
     * @param exitDate the exit date
     * @return whether it satisfies the requirement
     */
    public boolean isMetBy(Evidence evidence, LocalDate exitDate) {
        return anyOf.contains(evidence.kind())
                && maximumAge.forAll(age -> !evidence.issuedOn().isBefore(exitDate.minus(age)));
    }
}
