package fr.plie.reporting.indicator;

import fr.plie.core.parcours.ReportingPeriod;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of a period, immutable: what the coordinator puts in front of the steering committee (seeds 001,
 * 003, 004) and the ESF+ common indicators. Two reports computed from the same parcours, in one pass or by
 * merging the accumulators of any split, are equal.
 *
 * @param figures every {@link Indicator}, in declaration order: an indicator the map given lacks counts {@link
 *     Figure#ZERO}, so that two reports with the same counts are equal however their maps were built
 * @param parcoursLength median days from entry to exit, over the exits of the period
 * @param timeToFirstEmployment median days from entry to the first employment contract, over the exits of the
 *     period that had one
 * @param distinctFinancedActions PLIE-financed actions mobilised in the period (seed 003: about 40 a year)
 * @param distinctOffers job offers on which participants were placed in the period (seed 004: 260 a year)
 * @param caseloads participants followed per referent on the period's last day
 * @param breakdowns the main figures by referent, operator, commune, EPCI and month
 */
public record IndicatorReport(
        ReportingPeriod period,
        ReportingOptions options,
        Map<Indicator, Figure> figures,
        List<SectorFigure> sectors,
        Median parcoursLength,
        Median timeToFirstEmployment,
        long distinctFinancedActions,
        long distinctOffers,
        List<Caseload> caseloads,
        List<BreakdownRow> breakdowns) {
    /**
     * Copies every collection, an indicator missing from {@code figures} counting {@link Figure#ZERO}.
     *
     * @param period the period
     * @param options how the figures were computed
     * @param figures every {@link Indicator}, in declaration order: an indicator the map given lacks counts {@link
     *     Figure#ZERO}, so that two reports with the same counts are equal however their maps were built
     * @param sectors the employment exits by sector
     * @param parcoursLength median days from entry to exit, over the exits of the period
     * @param timeToFirstEmployment median days from entry to the first employment contract, over the exits of the
     *     period that had one
     * @param distinctFinancedActions PLIE-financed actions mobilised in the period (seed 003: about 40 a year)
     * @param distinctOffers job offers on which participants were placed in the period (seed 004: 260 a year)
     * @param caseloads participants followed per referent on the period's last day
     * @param breakdowns the main figures by referent, operator, commune, EPCI and month
     * @throws NullPointerException if a component is null
     */
    public IndicatorReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(options, "options");
        figures = everyIndicator(figures);
        sectors = List.copyOf(sectors);
        Objects.requireNonNull(parcoursLength, "parcoursLength");
        Objects.requireNonNull(timeToFirstEmployment, "timeToFirstEmployment");
        caseloads = List.copyOf(caseloads);
        breakdowns = List.copyOf(breakdowns);
    }

    private static Map<Indicator, Figure> everyIndicator(Map<Indicator, Figure> given) {
        Map<Indicator, Figure> all = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            all.put(indicator, Objects.requireNonNull(given.getOrDefault(indicator, Figure.ZERO), "figure"));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * The figure of {@code indicator}.
     *
     * @param indicator the indicator
     * @return its figure
     */
    public Figure figure(Indicator indicator) {
        return figures.get(indicator);
    }

    /**
     * The total of {@code indicator}.
     *
     * @param indicator the indicator
     * @return its count
     */
    public long count(Indicator indicator) {
        return figure(indicator).total();
    }

    /**
     * Positive exits over exits pronounced (administrative ones left out if the options say so).
     *
     * @return the rate, against the positive-exit target
     */
    public Rate positiveExitRate() {
        return rate(Indicator.EXITS_POSITIVE, options.targets().positiveExitRate());
    }

    /**
     * Positive exits to employment, business creation included, over the same denominator.
     *
     * @return the rate, against the employment target
     */
    public Rate employmentExitRate() {
        return rate(Indicator.EXITS_POSITIVE_EMPLOYMENT, options.targets().employmentExitRate());
    }

    /**
     * Positive exits to qualifying training over the same denominator.
     *
     * @return the rate, against the training target
     */
    public Rate trainingExitRate() {
        return rate(Indicator.EXITS_POSITIVE_TRAINING, options.targets().trainingExitRate());
    }

    /**
     * Exits the exit engine judges positive under the report's policy, over the same denominator and against
     * the same target as {@link #positiveExitRate()}; none when the report names no policy.
     *
     * @return the rate, none without an exit policy
     */
    public Option<Rate> positiveExitRateUnderPolicy() {
        return options.exitPolicy()
                .map(p ->
                        rate(Indicator.POLICY_EXITS_POSITIVE, options.targets().positiveExitRate()));
    }

    /**
     * The share of a typology's part among the typology's whole, such as CDI among employment exits; none for
     * an indicator that belongs to no {@link Typology}.
     *
     * @param part an indicator
     * @return its share, none outside a typology
     */
    public Option<Rate> share(Indicator part) {
        return Typology.of(part).map(t -> new Rate(count(part), t.denominator(this), Option.none()));
    }

    /**
     * A sector's share of the employment exits whose employer is known (the {@link Typology#EMPLOYER} whole).
     *
     * @param sector the sector
     * @return its share
     */
    public Rate share(SectorFigure sector) {
        return new Rate(sector.exits(), Typology.EMPLOYER.denominator(this), Option.none());
    }

    /**
     * Participants over the protocol against its objective (seed 001: 1000), as a fraction of it.
     *
     * @return the progress
     */
    public Rate protocolProgress() {
        long objective = options.targets().protocolParticipants().getOrElse(0L);
        return new Rate(
                count(Indicator.PROTOCOL_PARTICIPANTS),
                objective,
                objective == 0 ? Option.none() : Option.some(BigDecimal.ONE));
    }

    /**
     * Interviews of the period per participant of the active file, with 2 decimals.
     *
     * @return the interviews per participant, none with an empty active file
     */
    public Option<BigDecimal> interviewsPerParticipant() {
        long active = count(Indicator.ACTIVE_FILE);
        return active == 0
                ? Option.none()
                : Option.some(BigDecimal.valueOf(count(Indicator.INTERVIEWS))
                        .divide(BigDecimal.valueOf(active), 2, RoundingMode.HALF_EVEN));
    }

    /**
     * The breakdown rows of one dimension, sorted by key (months in calendar order).
     *
     * @param dimension the dimension
     * @return its rows
     */
    public List<BreakdownRow> breakdown(Dimension dimension) {
        return breakdowns.stream().filter(r -> r.dimension() == dimension).toList();
    }

    private Rate rate(Indicator numerator, Option<BigDecimal> target) {
        return new Rate(count(numerator), count(Indicator.EXITS_RATE_DENOMINATOR), target);
    }
}
