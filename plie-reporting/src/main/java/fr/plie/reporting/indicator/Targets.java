package fr.plie.reporting.indicator;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The quantified objectives of a PLIE's protocol, as fractions from 0 to 1 for the rates, counts never negative. Each preset cites its seed.
 *
 * @param positiveExitRate share of positive exits among exits pronounced
 * @param employmentExitRate share of positive exits to employment (creation included)
 * @param trainingExitRate share of positive exits to qualifying training
 * @param protocolParticipants participants to accompany over the whole protocol
 * @param firstReceptions first receptions per year
 * @param capacityPerFte participants per full-time referent
 */
public record Targets(
        Option<BigDecimal> positiveExitRate,
        Option<BigDecimal> employmentExitRate,
        Option<BigDecimal> trainingExitRate,
        Option<Long> protocolParticipants,
        Option<Long> firstReceptions,
        int capacityPerFte) {
    /** Seed 001, PLIE du Grand Périgueux 2022-2027: 1000 participants over the protocol, 50 % positive exits. */
    public static final Targets GRAND_PERIGUEUX_2022_2027 = new Targets(
            Option.some(new BigDecimal("0.50")), Option.none(), Option.none(), Option.some(1000L), Option.none(), 90);

    /**
     * Seed 004, MLIFE du Grand Amiénois: 50 % positive exits, of which 42 % employment and 8 % qualifying
     * training; 710 participants; 200 first receptions; 90 participants per full-time referent.
     */
    public static final Targets GRAND_AMIENOIS = new Targets(
            Option.some(new BigDecimal("0.50")),
            Option.some(new BigDecimal("0.42")),
            Option.some(new BigDecimal("0.08")),
            Option.some(710L),
            Option.some(200L),
            90);

    /** No objective, the default capacity of 90 per FTE. */
    public static final Targets NONE =
            new Targets(Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), 90);

    /**
     * Checks the targets.
     *
     * @param positiveExitRate share of positive exits among exits pronounced
     * @param employmentExitRate share of positive exits to employment (creation included)
     * @param trainingExitRate share of positive exits to qualifying training
     * @param protocolParticipants participants to accompany over the whole protocol
     * @param firstReceptions first receptions per year
     * @param capacityPerFte participants per full-time referent
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code capacityPerFte} is not positive, a rate is not a fraction from 0 to 1
     *     or a number of participants is negative
     */
    public Targets {
        Objects.requireNonNull(positiveExitRate, "positiveExitRate");
        Objects.requireNonNull(employmentExitRate, "employmentExitRate");
        Objects.requireNonNull(trainingExitRate, "trainingExitRate");
        Objects.requireNonNull(protocolParticipants, "protocolParticipants");
        Objects.requireNonNull(firstReceptions, "firstReceptions");
        if (capacityPerFte <= 0) {
            throw new IllegalArgumentException("the capacity per FTE is positive");
        }
        // a rate is a fraction: 50 % is 0.50, never 50 (the exchange format refuses it too)
        for (Option<BigDecimal> rate : List.of(positiveExitRate, employmentExitRate, trainingExitRate)) {
            if (rate.exists(r -> r.signum() < 0 || r.compareTo(BigDecimal.ONE) > 0)) {
                throw new IllegalArgumentException("a target rate is a fraction from 0 to 1");
            }
        }
        if (protocolParticipants.exists(n -> n < 0) || firstReceptions.exists(n -> n < 0)) {
            throw new IllegalArgumentException("a target count is not negative");
        }
    }
}
