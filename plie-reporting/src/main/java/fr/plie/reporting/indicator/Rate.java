package fr.plie.reporting.indicator;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share of a count over another, such as positive exits over exits pronounced, with the objective it is
 * measured against (seed 004: 50 %, of which 42 % employment and 8 % training).
 *
 * @param target the objective as a fraction (0.50 for 50 %), none when the PLIE set none
 */
public record Rate(long numerator, long denominator, Option<BigDecimal> target) {
    /**
     * The rate as a fraction with 6 decimals; none when the denominator is zero.
     *
     * @return the rate, if the denominator is not zero
     */
    public Option<BigDecimal> value() {
        return denominator == 0
                ? Option.none()
                : Option.some(BigDecimal.valueOf(numerator)
                        .divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_EVEN));
    }

    /**
     * Whether the rate reaches its target; none without a target or a denominator.
     *
     * @return whether the target is reached, if known
     */
    public Option<Boolean> reachesTarget() {
        return target.flatMap(t -> value().map(v -> v.compareTo(t) >= 0));
    }
}
