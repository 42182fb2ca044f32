package fr.plie.adapter.json;

import fr.plie.core.admission.ReferentId;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.InseeCode;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code options} object of the indicator report: how the report was computed ({@link ReportingOptions}),
 * whole, so that a report read back is the report written. Absent fields take the defaults of {@link
 * ReportingOptions#asOf}: all exits in the denominator, no drill-down, no protocol, no target, 90 per FTE.
 */
final class ReportingOptionsCodec {
    private enum OptionsKey {
        asOf,
        excludeAdministrativeExits,
        drillDown,
        protocol,
        targets,
        referentFte,
        communeToEpci
    }

    private static final Fields<OptionsKey> OPTIONS = Fields.of(OptionsKey.class, OptionsKey.asOf);

    private enum PeriodKey {
        from,
        to
    }

    private static final Fields<PeriodKey> PERIOD = Fields.all(PeriodKey.class);

    private enum TargetsKey {
        positiveExitRate,
        employmentExitRate,
        trainingExitRate,
        protocolParticipants,
        firstReceptions,
        capacityPerFte
    }

    private static final Fields<TargetsKey> TARGETS = Fields.of(TargetsKey.class);

    private enum FteKey {
        referent,
        fte
    }

    private static final Fields<FteKey> FTE = Fields.all(FteKey.class);

    private enum EpciKey {
        commune,
        epci
    }

    private static final Fields<EpciKey> EPCI = Fields.all(EpciKey.class);

    /** Rates are fractions: 0.5 for 50 %. */
    private static final int RATE_SCALE = 6;

    private static final int FTE_SCALE = 6;
    private static final BigDecimal FTE_MAX = new BigDecimal("1000");

    private ReportingOptionsCodec() {}

    static ReportingOptions read(Cursor c) {
        // optional: null reads as absent, like every optional field of the format
        Values<OptionsKey> v = c.object(OPTIONS, (x, k) -> switch (k) {
            case asOf -> x.date();
            case excludeAdministrativeExits, drillDown -> x.bool();
            case protocol -> x.nullable(ReportingOptionsCodec::period);
            case targets -> x.nullable(ReportingOptionsCodec::targets);
            case referentFte -> x.list("object", ReportingOptionsCodec::referentFte);
            case communeToEpci -> x.list("object", ReportingOptionsCodec::epci);
        });
        if (v == null) {
            return null;
        }
        Map<ReferentId, BigDecimal> fteByReferent = unique(c, "referentFte", v.list(OptionsKey.referentFte));
        Map<InseeCode, String> epciByCommune = unique(c, "communeToEpci", v.list(OptionsKey.communeToEpci));
        if (fteByReferent == null || epciByCommune == null) {
            return null;
        }
        return new ReportingOptions(
                v.get(OptionsKey.asOf),
                v.or(OptionsKey.excludeAdministrativeExits, false),
                v.or(OptionsKey.drillDown, false),
                v.option(OptionsKey.protocol),
                fteByReferent,
                epciByCommune,
                v.or(OptionsKey.targets, Targets.NONE));
    }

    /** A period {@code {from, to}}, both ends included; the parser ends on its closing brace. */
    static ReportingPeriod period(Cursor c) {
        Values<PeriodKey> v = c.object(PERIOD, (x, k) -> x.date());
        if (v == null) {
            return null;
        }
        LocalDate from = v.get(PeriodKey.from);
        LocalDate to = v.get(PeriodKey.to);
        return c.inOrder(from, to, "to", "from") ? new ReportingPeriod(from, to) : null;
    }

    private static Targets targets(Cursor c) {
        Values<TargetsKey> v = c.object(TARGETS, (x, k) -> switch (k) {
            case positiveExitRate, employmentExitRate, trainingExitRate -> x.between(BigDecimal.ONE, RATE_SCALE);
            case protocolParticipants, firstReceptions -> x.integer(0, Long.MAX_VALUE);
            case capacityPerFte -> x.integer(1, Integer.MAX_VALUE);
        });
        return v == null
                ? null
                : new Targets(
                        v.option(TargetsKey.positiveExitRate),
                        v.option(TargetsKey.employmentExitRate),
                        v.option(TargetsKey.trainingExitRate),
                        v.option(TargetsKey.protocolParticipants),
                        v.option(TargetsKey.firstReceptions),
                        v.<Long>option(TargetsKey.capacityPerFte)
                                .map(Long::intValue)
                                .getOrElse(Targets.NONE.capacityPerFte()));
    }

    private static Map.Entry<ReferentId, BigDecimal> referentFte(Cursor c) {
        Values<FteKey> v = c.object(FTE, (x, k) -> k == FteKey.referent ? x.id() : fte(x));
        return v == null ? null : Map.entry(ReferentId.of(v.get(FteKey.referent)), v.get(FteKey.fte));
    }

    /** A referent's working time, as a number of full-time equivalents. */
    static BigDecimal fte(Cursor c) {
        return c.between(FTE_MAX, FTE_SCALE);
    }

    private static Map.Entry<InseeCode, String> epci(Cursor c) {
        Values<EpciKey> v = c.object(
                EPCI,
                (x, k) -> k == EpciKey.commune
                        ? x.matching(ParticipantCodec.INSEE, JsonErrorCode.VALUE_INSEE)
                        : x.text(200));
        return v == null ? null : Map.entry(InseeCode.of(v.get(EpciKey.commune)), v.get(EpciKey.epci));
    }

    /** The entries as a map; null, with the duplicate reported, when a key comes twice. */
    private static <K, V> Map<K, V> unique(Cursor c, String list, List<Map.Entry<K, V>> entries) {
        Map<K, V> map = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (map.put(entries.get(i).getKey(), entries.get(i).getValue()) != null) {
                c.errorAt(JsonErrorCode.RULE_DUPLICATE, c.child(list) + "/" + i, list);
                return null;
            }
        }
        return map;
    }

    static void write(JsonGenerator g, Enum<?> key, ReportingOptions options) {
        Out.object(g, key, options, ReportingOptionsCodec::fields);
    }

    private static void fields(JsonGenerator g, ReportingOptions o) {
        Out.date(g, OptionsKey.asOf, o.asOf());
        g.writeBooleanProperty(OptionsKey.excludeAdministrativeExits.name(), o.excludeAdministrativeExits());
        g.writeBooleanProperty(OptionsKey.drillDown.name(), o.drillDown());
        o.protocol().forEach(p -> period(g, OptionsKey.protocol, p));
        Out.object(g, OptionsKey.targets, o.targets(), ReportingOptionsCodec::targets);
        Out.objects(g, OptionsKey.referentFte, sorted(o.referentFte(), ReferentId::value), (gen, e) -> {
            gen.writeStringProperty(FteKey.referent.name(), e.getKey().value());
            Out.decimal(gen, FteKey.fte, e.getValue());
        });
        Out.objects(g, OptionsKey.communeToEpci, sorted(o.communeToEpci(), InseeCode::value), (gen, e) -> {
            gen.writeStringProperty(EpciKey.commune.name(), e.getKey().value());
            gen.writeStringProperty(EpciKey.epci.name(), e.getValue());
        });
    }

    private static void targets(JsonGenerator g, Targets t) {
        t.positiveExitRate().forEach(r -> Out.decimal(g, TargetsKey.positiveExitRate, r));
        t.employmentExitRate().forEach(r -> Out.decimal(g, TargetsKey.employmentExitRate, r));
        t.trainingExitRate().forEach(r -> Out.decimal(g, TargetsKey.trainingExitRate, r));
        t.protocolParticipants().forEach(n -> g.writeNumberProperty(TargetsKey.protocolParticipants.name(), n));
        t.firstReceptions().forEach(n -> g.writeNumberProperty(TargetsKey.firstReceptions.name(), n));
        g.writeNumberProperty(TargetsKey.capacityPerFte.name(), t.capacityPerFte());
    }

    static void period(JsonGenerator g, Enum<?> key, ReportingPeriod period) {
        Out.object(g, key, period, (gen, p) -> {
            Out.date(gen, PeriodKey.from, p.from());
            Out.date(gen, PeriodKey.to, p.to());
        });
    }

    /** Map entries by key, so that equal options give equal documents. */
    private static <K, V> List<Map.Entry<K, V>> sorted(Map<K, V> map, Function<K, String> key) {
        return map.entrySet().stream()
                .sorted(Comparator.comparing(e -> key.apply(e.getKey())))
                .toList();
    }
}
