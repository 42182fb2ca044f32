package fr.plie.adapter.json;

import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.indicator.AccumulatorSnapshot;
import fr.plie.reporting.indicator.CellCounts;
import fr.plie.reporting.indicator.Dimension;
import fr.plie.reporting.indicator.Figure;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.ReportingOptions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;

/**
 * The indicator-accumulator document: an {@link AccumulatorSnapshot}, what a PLIE hands to another PLIE or to the
 * national network so that merging gives exactly the figures of one pass. Counts and names only, no person.
 */
final class AccumulatorCodec extends DocumentCodec<AccumulatorSnapshot> {
    static final AccumulatorCodec INSTANCE = new AccumulatorCodec();

    private static final long MAX = Long.MAX_VALUE / 4;

    private enum DocumentKey {
        formatVersion,
        period,
        options,
        counts,
        parcoursLength,
        timeToFirstEmployment,
        financedActions,
        offers,
        sectors,
        caseloads,
        breakdowns,
        months
    }

    private static final Fields<DocumentKey> DOCUMENT = Fields.of(
            DocumentKey.class, DocumentKey.formatVersion, DocumentKey.period, DocumentKey.options, DocumentKey.months);

    private enum CountKey {
        indicator,
        women,
        men,
        nonBinary
    }

    private static final Fields<CountKey> COUNT = Fields.all(CountKey.class);

    private enum DayKey {
        days,
        count
    }

    private static final Fields<DayKey> DAY = Fields.all(DayKey.class);

    private enum CellKey {
        key,
        active,
        entries,
        exits,
        positiveExits
    }

    /** A month's cell, whose key is optional (and unused); a sector's, a caseload's or a breakdown's needs one. */
    private static final Fields<CellKey> MONTH = Fields.allBut(CellKey.class, CellKey.key);

    private static final Fields<CellKey> KEYED = Fields.all(CellKey.class);
    /** The dimensions an accumulator keeps cells for, by their {@link Dimension} names. */
    private enum BreakdownsKey {
        REFERENT,
        OPERATOR,
        COMMUNE,
        EPCI
    }

    private static final Fields<BreakdownsKey> BREAKDOWNS = Fields.of(BreakdownsKey.class);
    private static final Map<String, Indicator> BY_CODE = new HashMap<>();
    private static final String CODES;

    static {
        for (Indicator indicator : Indicator.values()) {
            BY_CODE.put(indicator.code(), indicator);
        }
        CODES = String.join(", ", BY_CODE.keySet().stream().sorted().toList());
    }

    private AccumulatorCodec() {}

    private record Keyed(String key, CellCounts counts) {}

    /** The months' cells, and where they were, for the error of a count that does not match the period. */
    private record Months(List<CellCounts> cells, Cursor.Spot at) {}

    @Override
    AccumulatorSnapshot read(Cursor c) {
        Values<DocumentKey> v = c.values(DOCUMENT, (x, k) -> switch (k) {
            case formatVersion -> formatVersion(x);
            case period -> ReportingOptionsCodec.period(x);
            case options -> ReportingOptionsCodec.read(x);
            case counts -> counts(x);
            case parcoursLength, timeToFirstEmployment -> days(x);
            case financedActions, offers -> names(x);
            case sectors, caseloads -> cells(x);
            case breakdowns -> x.nullable(AccumulatorCodec::breakdowns);
            case months -> {
                Cursor.Spot at = x.spot();
                List<Keyed> read = x.list("object", y -> cell(y, MONTH));
                yield Cursor.whole(read)
                        ? new Months(read.stream().map(Keyed::counts).toList(), at)
                        : null;
            }
        });
        if (!v.ok()) {
            return null;
        }
        ReportingPeriod period = v.get(DocumentKey.period);
        ReportingOptions options = v.get(DocumentKey.options);
        if (options.drillDown()) {
            c.errorAt(JsonErrorCode.RULE_NO_PERSON, "/options/drillDown");
            return null;
        }
        Months months = v.get(DocumentKey.months);
        long expected = java.time.YearMonth.from(period.from())
                        .until(java.time.YearMonth.from(period.to()), java.time.temporal.ChronoUnit.MONTHS)
                + 1;
        if (months.cells().size() != expected) {
            c.errorAt(months.at(), JsonErrorCode.RULE_DERIVED, "months");
            return null;
        }
        return new AccumulatorSnapshot(
                period,
                options,
                v.or(DocumentKey.counts, new EnumMap<>(Indicator.class)),
                v.or(DocumentKey.parcoursLength, new TreeMap<>()),
                v.or(DocumentKey.timeToFirstEmployment, new TreeMap<>()),
                v.or(DocumentKey.financedActions, Set.of()),
                v.or(DocumentKey.offers, Set.of()),
                v.or(DocumentKey.sectors, new TreeMap<>()),
                v.or(DocumentKey.caseloads, new TreeMap<>()),
                v.or(DocumentKey.breakdowns, new EnumMap<>(Dimension.class)),
                months.cells());
    }

    private static Map<Indicator, Figure> counts(Cursor c) {
        Map<Indicator, Figure> counts = new EnumMap<>(Indicator.class);
        return Cursor.whole(c.list("object", x -> {
                    Values<CountKey> v =
                            x.object(COUNT, (y, k) -> k == CountKey.indicator ? indicator(y) : y.integer(0, MAX));
                    if (v == null) {
                        return null;
                    }
                    long women = v.get(CountKey.women);
                    long men = v.get(CountKey.men);
                    long nonBinary = v.get(CountKey.nonBinary);
                    counts.put(
                            v.get(CountKey.indicator),
                            new Figure(women + men + nonBinary, women, men, nonBinary, List.of()));
                    return Boolean.TRUE;
                }))
                ? counts
                : null;
    }

    /** An indicator by its code ({@code ESF_CO01}), as the report names it. */
    private static Indicator indicator(Cursor c) {
        String code = c.text(60);
        Indicator indicator = code == null ? null : BY_CODE.get(code);
        if (code != null && indicator == null) {
            c.error(JsonErrorCode.VALUE_ENUM, CODES);
        }
        return indicator;
    }

    private static SortedMap<Integer, Long> days(Cursor c) {
        SortedMap<Integer, Long> days = new TreeMap<>();
        return Cursor.whole(c.list("object", x -> {
                    Values<DayKey> v =
                            x.object(DAY, (y, k) -> k == DayKey.days ? y.integer(0, 100_000) : y.integer(0, MAX));
                    return v == null
                            ? null
                            : days.merge(v.<Long>get(DayKey.days).intValue(), v.get(DayKey.count), Long::sum);
                }))
                ? days
                : null;
    }

    private static Set<String> names(Cursor c) {
        List<String> read = c.list("string", x -> x.text(300));
        return Cursor.whole(read) ? new LinkedHashSet<>(read) : null;
    }

    private static Keyed cell(Cursor c, Fields<CellKey> fields) {
        Values<CellKey> v = c.object(fields, (x, k) -> k == CellKey.key ? x.text(300) : x.integer(0, MAX));
        return v == null
                ? null
                : new Keyed(
                        v.or(CellKey.key, ""),
                        new CellCounts(
                                v.get(CellKey.active),
                                v.get(CellKey.entries),
                                v.get(CellKey.exits),
                                v.get(CellKey.positiveExits)));
    }

    private static SortedMap<String, CellCounts> cells(Cursor c) {
        List<Keyed> read = c.list("object", x -> cell(x, KEYED));
        if (!Cursor.whole(read)) {
            return null;
        }
        SortedMap<String, CellCounts> cells = new TreeMap<>();
        read.forEach(k -> cells.put(k.key(), k.counts()));
        return cells;
    }

    private static Map<Dimension, SortedMap<String, CellCounts>> breakdowns(Cursor c) {
        Values<BreakdownsKey> v = c.object(BREAKDOWNS, (x, k) -> cells(x));
        if (v == null) {
            return null;
        }
        Map<Dimension, SortedMap<String, CellCounts>> breakdowns = new EnumMap<>(Dimension.class);
        for (BreakdownsKey k : BreakdownsKey.values()) {
            if (c.seen(v.frame(), k)) {
                breakdowns.put(Dimension.valueOf(k.name()), v.or(k, new TreeMap<>()));
            }
        }
        return breakdowns;
    }

    @Override
    void fields(JsonGenerator g, AccumulatorSnapshot s, WriteOptions options) {
        ReportingOptionsCodec.period(g, DocumentKey.period, s.period());
        ReportingOptionsCodec.write(g, DocumentKey.options, s.options());
        List<Map.Entry<Indicator, Figure>> counted = s.counts().entrySet().stream()
                .filter(e -> e.getValue().total() > 0)
                .toList();
        Out.objects(g, DocumentKey.counts, counted, (gen, e) -> {
            gen.writeStringProperty(CountKey.indicator.name(), e.getKey().code());
            gen.writeNumberProperty(CountKey.women.name(), e.getValue().women());
            gen.writeNumberProperty(CountKey.men.name(), e.getValue().men());
            gen.writeNumberProperty(CountKey.nonBinary.name(), e.getValue().nonBinary());
        });
        Out.objects(g, DocumentKey.parcoursLength, s.parcoursLength().entrySet(), AccumulatorCodec::day);
        Out.objects(
                g, DocumentKey.timeToFirstEmployment, s.timeToFirstEmployment().entrySet(), AccumulatorCodec::day);
        Out.texts(g, DocumentKey.financedActions, new ArrayList<>(s.financedActions()));
        Out.texts(g, DocumentKey.offers, new ArrayList<>(s.offers()));
        Out.objects(g, DocumentKey.sectors, s.sectors().entrySet(), AccumulatorCodec::cell);
        Out.objects(g, DocumentKey.caseloads, s.caseloads().entrySet(), AccumulatorCodec::cell);
        Out.object(
                g,
                DocumentKey.breakdowns,
                s.breakdowns(),
                (gen, breakdowns) -> breakdowns.forEach(
                        (dimension, cells) -> Out.objects(gen, dimension, cells.entrySet(), AccumulatorCodec::cell)));
        Out.objects(g, DocumentKey.months, s.months(), (gen, m) -> counts(gen, m));
    }

    private static void day(JsonGenerator g, Map.Entry<Integer, Long> day) {
        g.writeNumberProperty(DayKey.days.name(), day.getKey());
        g.writeNumberProperty(DayKey.count.name(), day.getValue());
    }

    private static void cell(JsonGenerator g, Map.Entry<String, CellCounts> cell) {
        g.writeStringProperty(CellKey.key.name(), cell.getKey());
        counts(g, cell.getValue());
    }

    private static void counts(JsonGenerator g, CellCounts counts) {
        g.writeNumberProperty(CellKey.active.name(), counts.active());
        g.writeNumberProperty(CellKey.entries.name(), counts.entries());
        g.writeNumberProperty(CellKey.exits.name(), counts.exits());
        g.writeNumberProperty(CellKey.positiveExits.name(), counts.positiveExits());
    }
}
