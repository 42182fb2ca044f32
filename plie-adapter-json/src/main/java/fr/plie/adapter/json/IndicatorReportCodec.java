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
import fr.plie.reporting.indicator.SectorFigure;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * The indicators of a reporting period ({@link IndicatorReport}, docs/indicators.md): the rates as decimals with
 * their numerators, denominators and targets, every indicator's count by sex (activity, exits, typologies,
 * profiles, ESF+ output and result indicators), sectors, medians, caseloads and breakdowns. The parcours ids of
 * the drill-down are written only when the report kept them. Written only: a report is recomputed.
 */
final class IndicatorReportCodec extends DocumentCodec.WriteOnly<IndicatorReport> {
    static final IndicatorReportCodec INSTANCE = new IndicatorReportCodec();

    private IndicatorReportCodec() {}

    @Override
    void write(JsonGenerator g, IndicatorReport r, WriteOptions options) {
        boolean ids = r.options().drillDown();
        g.writeStartObject();
        g.writeStringProperty("formatVersion", FORMAT_VERSION);
        period(g, "period", r.period());
        Out.date(g, "asOf", r.options().asOf());
        g.writeBooleanProperty("administrativeExitsExcluded", r.options().excludeAdministrativeExits());
        r.options().protocol().forEach(p -> period(g, "protocol", p));
        g.writeName("rates");
        g.writeStartObject();
        rate(g, "positiveExit", r.positiveExitRate());
        rate(g, "employmentExit", r.employmentExitRate());
        rate(g, "trainingExit", r.trainingExitRate());
        rate(g, "protocolProgress", r.protocolProgress());
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

    private static void period(JsonGenerator g, String name, ReportingPeriod p) {
        g.writeName(name);
        g.writeStartObject();
        Out.date(g, "from", p.from());
        Out.date(g, "to", p.to());
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
