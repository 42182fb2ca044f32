package fr.plie.reporting.indicator;

import io.vavr.control.Option;
import java.util.List;

/**
 * A typology: parts that add up to a stated whole, so that each part reads as a share of it (seed 003: CDI
 * 36.5 %, CDD over 6 months 62 %, creation 1.5 % of the employment exits). The whole is the sum of the parts,
 * which is the figure named beside each typology.
 */
public enum Typology {
    /** Contracts of the employment exits, business creation included: over the positive exits to employment. */
    JOB(List.of(
            Indicator.JOB_CDI,
            Indicator.JOB_CDD_OVER_6_MONTHS,
            Indicator.JOB_CREATION,
            Indicator.JOB_OTHER,
            Indicator.JOB_NOT_RECORDED)),
    /**
     * Employers of the employment exits whose employment step is recorded (creations and unrecorded jobs have
     * none); the sectors are shares of the same whole.
     */
    EMPLOYER(List.of(
            Indicator.EMPLOYER_PRIVATE,
            Indicator.EMPLOYER_PUBLIC,
            Indicator.EMPLOYER_ASSOCIATIVE,
            Indicator.EMPLOYER_SIAE)),
    /** Exits pronounced by category: over the exits pronounced. */
    EXIT_CATEGORY(List.of(
            Indicator.EXIT_POSITIVE_EMPLOYMENT,
            Indicator.EXIT_POSITIVE_TRAINING,
            Indicator.EXIT_POSITIVE_CREATION,
            Indicator.EXIT_MOVED_AWAY,
            Indicator.EXIT_DEATH,
            Indicator.EXIT_RETIREMENT,
            Indicator.EXIT_ABANDONMENT,
            Indicator.EXIT_INTERRUPTION,
            Indicator.EXIT_HEALTH,
            Indicator.EXIT_MAXIMUM_DURATION,
            Indicator.EXIT_REORIENTATION));

    private final List<Indicator> parts;

    Typology(List<Indicator> parts) {
        this.parts = parts;
    }

    /** {@return the indicators whose sum is the whole, in order} */
    public List<Indicator> parts() {
        return parts;
    }

    /**
     * The typology {@code indicator} is a part of; none for the others.
     *
     * @param indicator the indicator
     * @return its typology, if any
     */
    public static Option<Typology> of(Indicator indicator) {
        for (Typology typology : values()) {
            if (typology.parts.contains(indicator)) {
                return Option.some(typology);
            }
        }
        return Option.none();
    }

    /**
     * The whole of this typology in {@code report}: the sum of its parts.
     *
     * @param report the report
     * @return the whole
     */
    public long denominator(IndicatorReport report) {
        long whole = 0;
        for (Indicator part : parts) {
            whole += report.count(part);
        }
        return whole;
    }
}
