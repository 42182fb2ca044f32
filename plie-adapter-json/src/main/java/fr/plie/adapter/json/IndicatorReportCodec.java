package fr.plie.adapter.json;

import fr.plie.core.parcours.ParcoursId;
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
        ReportReading in = new ReportReading();
        Derived<IndicatorReport> derived = new Derived<>();
        Values<DocumentKey> v = c.values(DOCUMENT, (x, k) -> switch (k) {
            case formatVersion -> formatVersion(x);
            case period -> ReportingOptionsCodec.period(x);
            case options -> ReportingOptionsCodec.read(x);
            // each rate follows from the figures and the targets: read to be compared, not kept
            case rates -> x.nullable(y -> y.values(RATES_OBJECT, (z, r) -> ReportReading.rate(z, derived, r.rate)));
            case interviewsPerParticipant -> {
                derived.given(
                        x,
                        "interviewsPerParticipant",
                        ReportReading.derivedNumber(x),
                        IndicatorReport::interviewsPerParticipant);
                yield null;
            }
            case figures -> x.list("object", in::figure);
            case sectors -> x.list("object", in::sector);
            case parcoursLength, timeToFirstEmployment -> in.median(x);
            case distinctFinancedActions, distinctOffers -> ReportReading.count(x);
            case caseloads -> x.list("object", in::caseload);
            case breakdowns -> x.list("object", in::breakdown);
        });
        ReportingOptions options = v.get(DocumentKey.options);
        List<ReportReading.Counted> figures = v.list(DocumentKey.figures);
        List<SectorFigure> sectors = v.list(DocumentKey.sectors);
        List<Caseload> caseloads = v.list(DocumentKey.caseloads);
        List<BreakdownRow> breakdowns = v.list(DocumentKey.breakdowns);
        boolean ok = v.ok();
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
                v.get(DocumentKey.period),
                options,
                byIndicator,
                sectors,
                v.get(DocumentKey.parcoursLength),
                v.get(DocumentKey.timeToFirstEmployment),
                v.get(DocumentKey.distinctFinancedActions),
                v.get(DocumentKey.distinctOffers),
                caseloads,
                breakdowns);
        return derived.agree(c, report) ? report : null;
    }

    @Override
    void fields(JsonGenerator g, IndicatorReport r, WriteOptions options) {
        boolean ids = r.options().drillDown();
        ReportingOptionsCodec.period(g, DocumentKey.period, r.period());
        ReportingOptionsCodec.write(g, DocumentKey.options, r.options());
        Out.object(g, DocumentKey.rates, r, (gen, report) -> {
            for (RatesObjectKey k : RatesObjectKey.values()) {
                Out.object(gen, k, k.rate.apply(report), IndicatorReportCodec::rate);
            }
        });
        r.interviewsPerParticipant().forEach(v -> Out.decimal(g, DocumentKey.interviewsPerParticipant, v));
        Out.objects(g, DocumentKey.figures, List.of(Indicator.values()), (gen, indicator) -> {
            Figure f = r.figure(indicator);
            Out.code(gen, ReportReading.FigureKey.indicator, indicator);
            gen.writeStringProperty(ReportReading.FigureKey.code.name(), indicator.code());
            Out.code(gen, ReportReading.FigureKey.group, indicator.group());
            gen.writeNumberProperty(ReportReading.FigureKey.total.name(), f.total());
            gen.writeNumberProperty(ReportReading.FigureKey.women.name(), f.women());
            gen.writeNumberProperty(ReportReading.FigureKey.men.name(), f.men());
            gen.writeNumberProperty(ReportReading.FigureKey.nonBinary.name(), f.nonBinary());
            parcours(gen, ids, ReportReading.FigureKey.parcours, f.parcours());
        });
        Out.objects(g, DocumentKey.sectors, r.sectors(), (gen, s) -> sector(gen, s, ids));
        Out.object(g, DocumentKey.parcoursLength, r.parcoursLength(), (gen, m) -> median(gen, m, ids));
        Out.object(g, DocumentKey.timeToFirstEmployment, r.timeToFirstEmployment(), (gen, m) -> median(gen, m, ids));
        g.writeNumberProperty(DocumentKey.distinctFinancedActions.name(), r.distinctFinancedActions());
        g.writeNumberProperty(DocumentKey.distinctOffers.name(), r.distinctOffers());
        Out.objects(g, DocumentKey.caseloads, r.caseloads(), (gen, c) -> caseload(gen, c, ids));
        Out.objects(g, DocumentKey.breakdowns, r.breakdowns(), (gen, b) -> breakdown(gen, b, ids));
    }

    private static void rate(JsonGenerator g, Rate rate) {
        g.writeNumberProperty(ReportReading.RateKey.numerator.name(), rate.numerator());
        g.writeNumberProperty(ReportReading.RateKey.denominator.name(), rate.denominator());
        rate.value().forEach(v -> Out.decimal(g, ReportReading.RateKey.value, v));
        rate.target().forEach(t -> Out.decimal(g, ReportReading.RateKey.target, t));
        rate.reachesTarget().forEach(b -> g.writeBooleanProperty(ReportReading.RateKey.reachesTarget.name(), b));
    }

    private static void sector(JsonGenerator g, SectorFigure s, boolean ids) {
        g.writeStringProperty(ReportReading.SectorKey.sector.name(), s.sector());
        g.writeNumberProperty(ReportReading.SectorKey.exits.name(), s.exits());
        parcours(g, ids, ReportReading.SectorKey.parcours, s.parcours());
    }

    private static void median(JsonGenerator g, Median m, boolean ids) {
        g.writeNumberProperty(ReportReading.MedianKey.count.name(), m.count());
        m.days().forEach(d -> Out.decimal(g, ReportReading.MedianKey.days, d));
        parcours(g, ids, ReportReading.MedianKey.parcours, m.parcours());
    }

    private static void caseload(JsonGenerator g, Caseload c, boolean ids) {
        c.referent().forEach(ref -> g.writeStringProperty(ReportReading.CaseloadKey.referent.name(), ref.value()));
        g.writeNumberProperty(ReportReading.CaseloadKey.participants.name(), c.participants());
        c.fte().forEach(f -> Out.decimal(g, ReportReading.CaseloadKey.fte, f));
        g.writeNumberProperty(ReportReading.CaseloadKey.capacityPerFte.name(), c.capacityPerFte());
        c.perFte().forEach(p -> Out.decimal(g, ReportReading.CaseloadKey.perFte, p));
        c.overCapacity().forEach(o -> g.writeBooleanProperty(ReportReading.CaseloadKey.overCapacity.name(), o));
        parcours(g, ids, ReportReading.CaseloadKey.parcours, c.parcours());
    }

    private static void breakdown(JsonGenerator g, BreakdownRow b, boolean ids) {
        Out.code(g, ReportReading.BreakdownKey.dimension, b.dimension());
        g.writeStringProperty(ReportReading.BreakdownKey.key.name(), b.key());
        g.writeNumberProperty(ReportReading.BreakdownKey.active.name(), b.active());
        g.writeNumberProperty(ReportReading.BreakdownKey.entries.name(), b.entries());
        g.writeNumberProperty(ReportReading.BreakdownKey.exits.name(), b.exits());
        g.writeNumberProperty(ReportReading.BreakdownKey.positiveExits.name(), b.positiveExits());
        parcours(g, ids, ReportReading.BreakdownKey.parcours, b.parcours());
    }

    /** The drill-down: the parcours behind a figure, only when the report was asked to keep them. */
    private static void parcours(JsonGenerator g, boolean ids, Enum<?> key, List<ParcoursId> parcours) {
        if (ids) {
            Out.texts(g, key, parcours, ParcoursId::value);
        }
    }
}
