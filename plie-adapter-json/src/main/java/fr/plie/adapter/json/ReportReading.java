package fr.plie.adapter.json;

import fr.plie.core.admission.ReferentId;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.reporting.indicator.BreakdownRow;
import fr.plie.reporting.indicator.Caseload;
import fr.plie.reporting.indicator.Dimension;
import fr.plie.reporting.indicator.Figure;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.Median;
import fr.plie.reporting.indicator.Rate;
import fr.plie.reporting.indicator.SectorFigure;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonToken;

/**
 * Reads the parts of one indicator report document: figures, sectors, medians, caseloads and breakdowns. It
 * remembers where parcours ids were given, since whether the report may hold them ({@code options/drillDown})
 * may come later in the document. One instance per document read; the parser is on the end of the document when
 * {@link #drillDownAllowed} and {@link #unique} report.
 */
final class ReportReading {
    enum FigureKey {
        indicator,
        code,
        group,
        total,
        women,
        men,
        nonBinary,
        parcours
    }

    private static final Fields<FigureKey> FIGURE = Fields.of(
            FigureKey.class, FigureKey.indicator, FigureKey.total, FigureKey.women, FigureKey.men, FigureKey.nonBinary);

    /** The fields of a rate, each with how it is read and recomputed from the rate the figures give. */
    enum RateKey {
        numerator(ReportReading::count, r -> Option.some(r.numerator())),
        denominator(ReportReading::count, r -> Option.some(r.denominator())),
        value(ReportReading::derivedNumber, Rate::value),
        target(ReportReading::derivedNumber, Rate::target),
        reachesTarget(Cursor::bool, Rate::reachesTarget);

        private final Function<Cursor, Object> read;
        private final Function<Rate, Option<?>> recomputed;

        RateKey(Function<Cursor, Object> read, Function<Rate, Option<?>> recomputed) {
            this.read = read;
            this.recomputed = recomputed;
        }
    }

    private static final Fields<RateKey> RATE = Fields.of(RateKey.class);

    enum SectorKey {
        sector,
        exits,
        parcours
    }

    private static final Fields<SectorKey> SECTOR = Fields.of(SectorKey.class, SectorKey.sector, SectorKey.exits);

    enum MedianKey {
        count,
        days,
        parcours
    }

    private static final Fields<MedianKey> MEDIAN = Fields.of(MedianKey.class, MedianKey.count);

    enum CaseloadKey {
        referent,
        participants,
        fte,
        capacityPerFte,
        perFte,
        overCapacity,
        parcours
    }

    private static final Fields<CaseloadKey> CASELOAD =
            Fields.of(CaseloadKey.class, CaseloadKey.participants, CaseloadKey.capacityPerFte);

    enum BreakdownKey {
        dimension,
        key,
        active,
        entries,
        exits,
        positiveExits,
        parcours
    }

    private static final Fields<BreakdownKey> BREAKDOWN = Fields.allBut(BreakdownKey.class, BreakdownKey.parcours);

    /** Keys of the breakdowns and sectors: a referent id, an operator or EPCI name, an INSEE code, a month. */
    private static final int MAX_KEY = 200;
    /** Medians of days keep one decimal place (the mean of the two middle durations). */
    private static final BigDecimal MAX_DAYS = new BigDecimal("1000000");
    /**
     * Derived numbers are compared, not stored: any plain number is read, the comparison judges it. The bound is
     * above the largest the writer can produce: a count up to {@code Long.MAX_VALUE} over one (a rate) or over the
     * smallest FTE, 0.000001 (a load per FTE), about 9.2E24.
     */
    private static final BigDecimal MAX_DERIVED = new BigDecimal("1E25");

    private static final int DERIVED_SCALE = 12;

    /** One element of {@code figures}. */
    record Counted(Indicator indicator, Figure figure) {}

    private final List<Cursor.Spot> drillDown = new ArrayList<>();

    Counted figure(Cursor c) {
        Derived<Indicator> derived = new Derived<>();
        Cursor.Spot[] totalAt = new Cursor.Spot[1];
        Values<FigureKey> v = c.values(FIGURE, (x, k) -> switch (k) {
            case indicator -> x.enumValue(Indicator.class);
            case code -> {
                derived.given(x, "code", x.text(MAX_KEY), i -> Option.some(i.code()));
                yield null;
            }
            case group -> {
                derived.given(
                        x, "group", x.text(MAX_KEY), i -> Option.some(i.group().name()));
                yield null;
            }
            case total -> {
                totalAt[0] = x.spot();
                yield count(x);
            }
            case women, men, nonBinary -> count(x);
            case parcours -> parcours(x);
        });
        Indicator indicator = v.get(FigureKey.indicator);
        if (indicator == null || !derived.agree(c, indicator) || !v.ok()) {
            return null;
        }
        long total = v.get(FigureKey.total);
        long women = v.get(FigureKey.women);
        long men = v.get(FigureKey.men);
        long nonBinary = v.get(FigureKey.nonBinary);
        // checked before Figure's constructor, which refuses a breakdown that does not add up
        if (women > total || men > total - women || nonBinary != total - women - men) {
            c.errorAt(totalAt[0], JsonErrorCode.RULE_DERIVED, "total");
            return null;
        }
        return new Counted(indicator, new Figure(total, women, men, nonBinary, v.list(FigureKey.parcours)));
    }

    /** A rate of the {@code rates} object: every field follows from the figures and the targets. */
    static Values<RateKey> rate(Cursor c, Derived<IndicatorReport> derived, Function<IndicatorReport, Rate> rate) {
        return c.nullable(x -> x.values(RATE, (y, k) -> {
            derived.given(y, k.name(), k.read.apply(y), r -> k.recomputed.apply(rate.apply(r)));
            return null;
        }));
    }

    /** A number the reader recomputes: read whole, compared by value. */
    static BigDecimal derivedNumber(Cursor c) {
        return c.decimal(MAX_DERIVED.negate(), MAX_DERIVED, DERIVED_SCALE);
    }

    SectorFigure sector(Cursor c) {
        Values<SectorKey> v = c.object(SECTOR, (x, k) -> switch (k) {
            case sector -> x.text(MAX_KEY);
            case exits -> count(x);
            case parcours -> parcours(x);
        });
        return v == null
                ? null
                : new SectorFigure(v.get(SectorKey.sector), v.get(SectorKey.exits), v.list(SectorKey.parcours));
    }

    Median median(Cursor c) {
        Values<MedianKey> v = c.object(MEDIAN, (x, k) -> switch (k) {
            case count -> count(x);
            case days -> x.between(MAX_DAYS, 1);
            case parcours -> parcours(x);
        });
        return v == null
                ? null
                : new Median(v.get(MedianKey.count), v.option(MedianKey.days), v.list(MedianKey.parcours));
    }

    Caseload caseload(Cursor c) {
        Derived<Caseload> derived = new Derived<>();
        Values<CaseloadKey> v = c.object(CASELOAD, (x, k) -> switch (k) {
            case referent -> x.id();
            case participants -> count(x);
            case fte -> ReportingOptionsCodec.fte(x);
            case capacityPerFte -> x.integer(1, Integer.MAX_VALUE);
            case perFte -> {
                derived.given(x, "perFte", derivedNumber(x), Caseload::perFte);
                yield null;
            }
            case overCapacity -> {
                derived.given(x, "overCapacity", x.bool(), Caseload::overCapacity);
                yield null;
            }
            case parcours -> parcours(x);
        });
        if (v == null) {
            return null;
        }
        Caseload caseload = new Caseload(
                v.<String>option(CaseloadKey.referent).map(ReferentId::of),
                v.get(CaseloadKey.participants),
                v.option(CaseloadKey.fte),
                v.<Long>get(CaseloadKey.capacityPerFte).intValue(),
                v.list(CaseloadKey.parcours));
        return derived.agree(c, caseload) ? caseload : null;
    }

    BreakdownRow breakdown(Cursor c) {
        Values<BreakdownKey> v = c.object(BREAKDOWN, (x, k) -> switch (k) {
            case dimension -> x.enumValue(Dimension.class);
            case key -> x.text(MAX_KEY);
            case parcours -> parcours(x);
            case active, entries, exits, positiveExits -> count(x);
        });
        return v == null
                ? null
                : new BreakdownRow(
                        v.get(BreakdownKey.dimension),
                        v.get(BreakdownKey.key),
                        v.get(BreakdownKey.active),
                        v.get(BreakdownKey.entries),
                        v.get(BreakdownKey.exits),
                        v.get(BreakdownKey.positiveExits),
                        v.list(BreakdownKey.parcours));
    }

    /** A count of people, exits or actions: a whole number from zero. */
    static Long count(Cursor c) {
        return c.integer(0, Long.MAX_VALUE);
    }

    /** The drill-down ids behind a figure; where they were given is kept for {@link #drillDownAllowed}. */
    private List<ParcoursId> parcours(Cursor c) {
        if (c.token() != JsonToken.VALUE_NULL) {
            drillDown.add(c.spot());
        }
        List<String> ids = c.list("string", Cursor::id);
        return Cursor.whole(ids) ? ids.stream().map(ParcoursId::of).toList() : null;
    }

    /** Reports every list of parcours ids given in a report computed without drill-down; whether there was none. */
    boolean drillDownAllowed(Cursor c, boolean drillDownOption) {
        if (drillDownOption) {
            return true;
        }
        drillDown.forEach(spot -> c.errorAt(spot, JsonErrorCode.RULE_DRILL_DOWN));
        return drillDown.isEmpty();
    }

    /** Reports the elements of {@code list} whose key came before; whether there was none. */
    static <T> boolean unique(Cursor c, String list, List<T> elements, Function<T, Object> key) {
        if (elements == null) {
            return true;
        }
        Set<Object> keys = new HashSet<>();
        boolean unique = true;
        for (int i = 0; i < elements.size(); i++) {
            T e = elements.get(i);
            if (e != null && !keys.add(key.apply(e))) {
                c.errorAt(JsonErrorCode.RULE_DUPLICATE, c.child(list) + "/" + i, list);
                unique = false;
            }
        }
        return unique;
    }
}
