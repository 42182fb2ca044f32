package fr.plie.adapter.json;

import fr.plie.core.admission.ReferentId;
import fr.plie.core.fixture.Draw;
import fr.plie.core.fixture.PlieGens;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.InseeCode;
import fr.plie.reporting.indicator.BreakdownRow;
import fr.plie.reporting.indicator.Caseload;
import fr.plie.reporting.indicator.Dimension;
import fr.plie.reporting.indicator.Figure;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.Median;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.SectorFigure;
import fr.plie.reporting.indicator.Targets;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generator of valid indicator reports, built field by field rather than computed: any options
 * (targets, FTEs with their scale, EPCIs, protocol), any counts by sex, some indicators left out of the map
 * (they count zero), keys full of accents and escapes, and parcours ids only when the options drill down, as the
 * format requires.
 */
final class ReportGen {
    private static final String[] COMMUNES = {"31555", "2A004", "2B033", "80021", "62160"};

    private ReportGen() {}

    static Gen<IndicatorReport> reports() {
        return in -> report(PlieGens.draw(in));
    }

    static IndicatorReport report(Draw d) {
        LocalDate from = d.date();
        ReportingOptions options = options(d);
        boolean ids = options.drillDown();
        Map<Indicator, Figure> figures = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            switch (d.between(0, 3)) {
                case 0 -> {} // left out: counts zero
                case 1 -> figures.put(indicator, Figure.ZERO);
                default -> {
                    long women = d.between(0, 60);
                    long men = d.between(0, 60);
                    long nonBinary = d.between(0, 3);
                    figures.put(indicator, new Figure(women + men + nonBinary, women, men, nonBinary, ids(d, ids)));
                }
            }
        }
        return new IndicatorReport(
                new ReportingPeriod(from, from.plusDays(d.between(0, 800))),
                options,
                figures,
                unique(d, 3, () -> new SectorFigure(key(d), d.between(0, 40), ids(d, ids)), SectorFigure::sector),
                median(d, ids),
                median(d, ids),
                d.between(0, 60),
                d.between(0, 300),
                unique(d, 3, () -> caseload(d, options, ids), Caseload::referent),
                unique(
                        d,
                        6,
                        () -> new BreakdownRow(
                                d.pick(Dimension.values()),
                                key(d),
                                d.between(0, 90),
                                d.between(0, 30),
                                d.between(0, 30),
                                d.between(0, 20),
                                ids(d, ids)),
                        b -> b.dimension() + "/" + b.key()));
    }

    static ReportingOptions options(Draw d) {
        Map<ReferentId, BigDecimal> fte = new HashMap<>();
        for (int i = d.between(0, 3); i > 0; i--) {
            fte.put(ReferentId.of(d.id()), fte(d));
        }
        Map<InseeCode, String> epci = new HashMap<>();
        for (int i = d.between(0, 3); i > 0; i--) {
            epci.put(InseeCode.of(d.pick(COMMUNES)), d.text(200));
        }
        Option<ReportingPeriod> protocol = d.maybe(() -> {
            LocalDate start = d.date();
            return new ReportingPeriod(start, start.plusDays(d.between(0, 2500)));
        });
        return new ReportingOptions(d.date(), d.bool(), d.bool(), protocol, fte, epci, targets(d));
    }

    private static Targets targets(Draw d) {
        return new Targets(
                d.maybe(() -> fraction(d)),
                d.maybe(() -> fraction(d)),
                d.maybe(() -> fraction(d)),
                d.maybe(() -> (long) d.between(0, 5000)),
                d.maybe(() -> (long) d.between(0, 1000)),
                d.between(1, 200));
    }

    /** From 0 to 1 with 0 to 6 decimal places, the scale kept as drawn (0.50 stays 0.50). */
    private static BigDecimal fraction(Draw d) {
        int scale = d.between(0, 6);
        return BigDecimal.valueOf(d.between(0, (int) Math.pow(10, scale)), scale);
    }

    /** A referent's working time: 0 to 2 FTE, with 0 to 3 decimal places. */
    private static BigDecimal fte(Draw d) {
        int scale = d.between(0, 3);
        return BigDecimal.valueOf(d.between(0, 2 * (int) Math.pow(10, scale)), scale);
    }

    private static Caseload caseload(Draw d, ReportingOptions options, boolean ids) {
        Option<ReferentId> referent = d.between(0, 4) == 0 ? Option.none() : Option.some(ReferentId.of(d.id()));
        Option<BigDecimal> fte = d.maybe(() -> fte(d));
        return new Caseload(referent, d.between(0, 200), fte, options.targets().capacityPerFte(), ids(d, ids));
    }

    private static Median median(Draw d, boolean ids) {
        long count = d.between(0, 50);
        Option<BigDecimal> days = count == 0 ? Option.none() : Option.some(BigDecimal.valueOf(d.between(0, 20_000), 1));
        return new Median(count, days, ids(d, ids));
    }

    private static String key(Draw d) {
        return d.between(0, 5) == 0 ? BreakdownRow.UNKNOWN : d.text(200);
    }

    private static List<ParcoursId> ids(Draw d, boolean drillDown) {
        return drillDown ? d.list(3, () -> ParcoursId.of("PAR-" + d.id())) : List.of();
    }

    /** Up to {@code max} elements with distinct keys, as a computed report has them. */
    private static <T> List<T> unique(Draw d, int max, Supplier<T> element, java.util.function.Function<T, ?> key) {
        List<T> out = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        for (T e : d.list(max, element)) {
            if (keys.add(key.apply(e))) {
                out.add(e);
            }
        }
        return out;
    }
}
