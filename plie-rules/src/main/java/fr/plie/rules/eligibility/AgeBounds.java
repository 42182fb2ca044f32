package fr.plie.rules.eligibility;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * The general age bounds of a PLIE's public, both inclusive, in whole years on the date of the check. Seed 004
 * serves adults "âgés de plus de 26 ans" (the Mission Locale follows those under 26); seed 001 people "en âge
 * d'intégrer le marché du travail".
 *
 * @param minAge the youngest age admitted, if any
 * @param maxAge the oldest age admitted, if any
 */
public record AgeBounds(Option<Integer> minAge, Option<Integer> maxAge) {
    /** No age bound. */
    public static final AgeBounds NONE = new AgeBounds(Option.none(), Option.none());

    /**
     * Checks that the bounds are consistent.
     *
     * @param minAge the youngest age admitted, if any
     * @param maxAge the oldest age admitted, if any
     * @throws NullPointerException if {@code minAge} or {@code maxAge} is null
     * @throws IllegalArgumentException if a bound is negative or the minimum exceeds the maximum
     */
    public AgeBounds {
        Objects.requireNonNull(minAge, "minAge");
        Objects.requireNonNull(maxAge, "maxAge");
        if (minAge.exists(min -> min < 0) || maxAge.exists(max -> max < 0)) {
            throw new IllegalArgumentException("age bounds cannot be negative");
        }
        if (minAge.isDefined() && maxAge.isDefined() && minAge.get() > maxAge.get()) {
            throw new IllegalArgumentException("the minimum age exceeds the maximum age");
        }
    }

    /**
     * From {@code minAge} years, with no upper bound.
     *
     * @param minAge the youngest age admitted
     * @return the bounds
     */
    public static AgeBounds from(int minAge) {
        return new AgeBounds(Option.some(minAge), Option.none());
    }

    /**
     * From {@code minAge} to {@code maxAge} years, both included.
     *
     * @param minAge the youngest age admitted
     * @param maxAge the oldest age admitted
     * @return the bounds
     * @throws IllegalArgumentException if a bound is negative or {@code minAge} exceeds {@code maxAge}
     */
    public static AgeBounds between(int minAge, int maxAge) {
        return new AgeBounds(Option.some(minAge), Option.some(maxAge));
    }

    /**
     * Whether {@code age} is within the bounds, both included.
     *
     * @param age an age in whole years
     * @return whether it is admitted
     */
    public boolean admits(int age) {
        return minAge.forAll(min -> age >= min) && maxAge.forAll(max -> age <= max);
    }
}
