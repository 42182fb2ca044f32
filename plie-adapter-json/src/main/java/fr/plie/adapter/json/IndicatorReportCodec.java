package fr.plie.adapter.json;

import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.indicator.BreakdownRow;
import fr.plie.reporting.indicator.Caseload;
import fr.plie.reporting.indicator.Figure;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.Median;
import fr.plie.reporting.indicator.Rate;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.SectorFigure;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * The indicators of a reporting period ({@link IndicatorReport}, docs/indicators.md): the options it was computed
 * with, the rates as decimals with their numerators, denominators and targets, every indicator's count by sex
 * (activity, exits, typologies, profiles, ESF+ output and result indicators), sectors, medians, caseloads and
 * breakdowns. The parcours ids of the drill-down are written only when the report kept them. Read back, the
 * rates and the other {@link Derived} fields are recomputed and must agree with the document.
 */
final class IndicatorReportCodec extends DocumentCodec<IndicatorReport> {
    static final IndicatorReportCodec INSTANCE = new IndicatorReportCodec();

    private enum DocumentKey {
        formatVersion,
        period,
        options,
        rates,
        interviewsPerParticipant,
        figures,
        sectors,
        parcoursLength,
        timeToFirstEmployment,
        distinctFinancedActions,
        distinctOffers,
        caseloads,
        breakdowns
    }

    private static final Fields<DocumentKey> DOCUMENT = Fields.of(
            DocumentKey.class,
            DocumentKey.formatVersion,
            DocumentKey.period,
            DocumentKey.options,
            DocumentKey.parcoursLength,
            DocumentKey.timeToFirstEmployment,
            DocumentKey.distinctFinancedActions,
            DocumentKey.distinctOffers);

    /** The rates of the {@code rates} object, each with the figure it reads. */
    private enum RatesObjectKey {
        positiveExit(IndicatorReport::positiveExitRate),
        employmentExit(IndicatorReport::employmentExitRate),
        trainingExit(IndicatorReport::trainingExitRate),
        protocolProgress(IndicatorReport::protocolProgress);

        final Function<IndicatorReport, Rate> rate;

        RatesObjectKey(Function<IndicatorReport, Rate> rate) {
            this.rate = rate;
        }
    }

    private static final Fields<RatesObjectKey> RATES_OBJECT = Fields.of(RatesObjectKey.class);

    private IndicatorReportCodec() {}

    @Override
    IndicatorReport read(Cursor c) {
        int f = c.begin(DOCUMENT);
        if (f < 0) {
            return null;
        }
        ReportReading in = new ReportReading();
        Derived<IndicatorReport> derived = new Derived<>();
        ReportingPeriod period = null;
        ReportingOptions options = null;
        List<ReportReading.Counted> figures = List.of();
        List<SectorFigure> sectors = List.of();
        Median parcoursLength = null;
        Median timeToFirstEmployment = null;
        Long financedActions = null;
        Long offers = null;
        List<Caseload> caseloads = List.of();
        List<BreakdownRow> breakdowns = List.of();
        for (DocumentKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case formatVersion -> formatVersion(c);
                case period -> period = ReportingOptionsCodec.period(c);
                case options -> options = ReportingOptionsCodec.read(c);
                case rates -> rates(c, derived);
                case interviewsPerParticipant ->
                    derived.given(
                            c,
                            "interviewsPerParticipant",
                            ReportReading.derivedNumber(c),
                            IndicatorReport::interviewsPerParticipant);
                case figures -> figures = c.list("object", in::figure);
                case sectors -> sectors = c.list("object", in::sector);
                case parcoursLength -> parcoursLength = in.median(c);
                case timeToFirstEmployment -> timeToFirstEmployment = in.median(c);
                case distinctFinancedActions -> financedActions = ReportReading.count(c);
                case distinctOffers -> offers = ReportReading.count(c);
                case caseloads -> caseloads = c.list("object", in::caseload);
                case breakdowns -> breakdowns = c.list("object", in::breakdown);
            }
        }
        boolean ok = c.end(f);
        if (options != null) {
            ok &= in.drillDownAllowed(c, options.drillDown());
        }
        ok &= ReportReading.unique(c, "figures", figures, ReportReading.Counted::indicator);
        ok &= ReportReading.unique(c, "sectors", sectors, SectorFigure::sector);
        ok &= ReportReading.unique(c, "caseloads", caseloads, Caseload::referent);
        ok &= ReportReading.unique(c, "breakdowns", breakdowns, b -> b.dimension() + "/" + b.key());
        if (!ok) {
            return null;
        }
        Map<Indicator, Figure> byIndicator = new EnumMap<>(Indicator.class);
        figures.forEach(x -> byIndicator.put(x.indicator(), x.figure()));
        IndicatorReport report = new IndicatorReport(
                period,
                options,
                byIndicator,
                sectors,
                parcoursLength,
                timeToFirstEmployment,
                financedActions,
                offers,
                caseloads,
                breakdowns);
        return derived.agree(c, report) ? report : null;
    }

    /** The {@code rates} object: each of its fields follows from the figures and the targets. */
    private static void rates(Cursor c, Derived<IndicatorReport> derived) {
        if (c.token() == JsonToken.VALUE_NULL) {
            return;
        }
        int f = c.begin(RATES_OBJECT);
        if (f < 0) {
            return;
        }
        for (RatesObjectKey k; (k = c.next(f)) != null; ) {
            ReportReading.rate(c, derived, k.rate);
        }
        c.end(f);
    }

    @Override
    void write(JsonGenerator g, IndicatorReport r, WriteOptions options) {
        boolean ids = r.options().drillDown();
        g.writeStartObject();
        g.writeStringProperty("formatVersion", FORMAT_VERSION);
        ReportingOptionsCodec.period(g, "period", r.period());
        ReportingOptionsCodec.write(g, r.options());
        g.writeName("rates");
        g.writeStartObject();
        for (RatesObjectKey k : RatesObjectKey.values()) {
            rate(g, k.name(), k.rate.apply(r));
        }
        g.writeEndObject();
        r.interviewsPerParticipant().forEach(v -> Out.decimal(g, "interviewsPerParticipant", v));
        Out.array(g, "figures", List.of(Indicator.values()), (gen, indicator) -> {
            Figure f = r.figure(indicator);
            gen.writeStartObject();
            Out.code(gen, "indicator", indicator);
            gen.writeStringProperty("code", indicator.code());
            Out.code(gen, "group", indicator.group());
            gen.writeNumberProperty("total", f.total());
            gen.writeNumberProperty("women", f.women());
            gen.writeNumberProperty("men", f.men());
            gen.writeNumberProperty("nonBinary", f.nonBinary());
            parcours(gen, ids, f.parcours());
            gen.writeEndObject();
        });
        Out.array(g, "sectors", r.sectors(), (gen, s) -> sector(gen, s, ids));
        median(g, "parcoursLength", r.parcoursLength(), ids);
        median(g, "timeToFirstEmployment", r.timeToFirstEmployment(), ids);
        g.writeNumberProperty("distinctFinancedActions", r.distinctFinancedActions());
        g.writeNumberProperty("distinctOffers", r.distinctOffers());
        Out.array(g, "caseloads", r.caseloads(), (gen, c) -> caseload(gen, c, ids));
        Out.array(g, "breakdowns", r.breakdowns(), (gen, b) -> breakdown(gen, b, ids));
        g.writeEndObject();
    }

    private static void rate(JsonGenerator g, String name, Rate rate) {
        g.writeName(name);
        g.writeStartObject();
        g.writeNumberProperty("numerator", rate.numerator());
        g.writeNumberProperty("denominator", rate.denominator());
        rate.value().forEach(v -> Out.decimal(g, "value", v));
        rate.target().forEach(t -> Out.decimal(g, "target", t));
        rate.reachesTarget().forEach(b -> g.writeBooleanProperty("reachesTarget", b));
        g.writeEndObject();
    }

    private static void sector(JsonGenerator g, SectorFigure s, boolean ids) {
        g.writeStartObject();
        g.writeStringProperty("sector", s.sector());
        g.writeNumberProperty("exits", s.exits());
        parcours(g, ids, s.parcours());
        g.writeEndObject();
    }

    private static void median(JsonGenerator g, String name, Median m, boolean ids) {
        g.writeName(name);
        g.writeStartObject();
        g.writeNumberProperty("count", m.count());
        m.days().forEach(d -> Out.decimal(g, "days", d));
        parcours(g, ids, m.parcours());
        g.writeEndObject();
    }

    private static void caseload(JsonGenerator g, Caseload c, boolean ids) {
        g.writeStartObject();
        c.referent().forEach(ref -> g.writeStringProperty("referent", ref.value()));
        g.writeNumberProperty("participants", c.participants());
        c.fte().forEach(f -> Out.decimal(g, "fte", f));
        g.writeNumberProperty("capacityPerFte", c.capacityPerFte());
        c.perFte().forEach(p -> Out.decimal(g, "perFte", p));
        c.overCapacity().forEach(o -> g.writeBooleanProperty("overCapacity", o));
        parcours(g, ids, c.parcours());
        g.writeEndObject();
    }

    private static void breakdown(JsonGenerator g, BreakdownRow b, boolean ids) {
        g.writeStartObject();
        Out.code(g, "dimension", b.dimension());
        g.writeStringProperty("key", b.key());
        g.writeNumberProperty("active", b.active());
        g.writeNumberProperty("entries", b.entries());
        g.writeNumberProperty("exits", b.exits());
        g.writeNumberProperty("positiveExits", b.positiveExits());
        parcours(g, ids, b.parcours());
        g.writeEndObject();
    }

    /** The drill-down: the parcours behind a figure, only when the report was asked to keep them. */
    private static void parcours(JsonGenerator g, boolean ids, List<ParcoursId> parcours) {
        if (ids) {
            Out.texts(g, "parcours", parcours.stream().map(ParcoursId::value).toList());
        }
    }
}
