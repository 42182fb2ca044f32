package fr.plie.export;

import fr.plie.core.internal.MessageBundle;
import fr.plie.reporting.indicator.BreakdownRow;
import fr.plie.reporting.indicator.Caseload;
import fr.plie.reporting.indicator.Figure;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.Median;
import fr.plie.reporting.indicator.NafSection;
import fr.plie.reporting.indicator.Rate;
import fr.plie.reporting.indicator.SectorFigure;
import fr.plie.reporting.indicator.Typology;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flattens a report into labelled, protected {@link ReportRow}s, section by section: the single source every
 * export writes from, so CSV, XLSX and HTML always show the same figures.
 */
public final class ReportTable {
    static final MessageBundle LABELS =
            new MessageBundle("fr.plie.export.messages", ReportTable.class::getResourceAsStream);

    private static final List<String> NOT_COMPUTED =
            List.of("EECO15", "EECR01", "EECR06", "employers-contacted", "job-datings", "workshops", "meetings");

    private final Locale locale;
    private final Disclosure disclosure;
    private final List<ReportRow> rows = new ArrayList<>();

    private ReportTable(ExportSettings settings) {
        this.locale = settings.locale();
        this.disclosure = settings.disclosure();
    }

    /**
     * The rows of {@code report}, labelled in the settings' language, small counts masked as they say.
     *
     * @param report the report
     * @param settings the language and the small-count protection
     * @return the rows, in the report's order
     */
    public static List<ReportRow> rows(IndicatorReport report, ExportSettings settings) {
        ReportTable table = new ReportTable(settings);
        table.build(report);
        return List.copyOf(table.rows);
    }

    /**
     * The label of {@code key} in {@code locale}: French by default, English on request.
     *
     * @param key the label's key
     * @param locale the reader's locale
     * @param args the values the label cites
     * @return the label
     */
    public static String label(String key, Locale locale, Object... args) {
        return LABELS.render(key, List.of(args), locale);
    }

    /**
     * How a sector reads: "I – Hébergement et restauration" for a NAF section, the recorded text marked as such
     * otherwise, "non renseigné" when unknown.
     *
     * @param sector the sector as reported
     * @param locale the reader's locale
     * @return how it reads
     */
    public static String sectorName(String sector, Locale locale) {
        if (BreakdownRow.UNKNOWN.equals(sector)) {
            return label("unknown", locale);
        }
        return NafSection.of(sector)
                .map(s -> s.name() + " \u2013 " + label("naf." + s.name(), locale))
                .getOrElse(() -> label("sector.free-text", locale, sector));
    }

    private void build(IndicatorReport report) {
        boolean policy = report.options().exitPolicy().isDefined();
        for (Indicator indicator : Indicator.values()) {
            Section section = Section.valueOf(indicator.group().name());
            if (section == Section.POLICY_CHECK && !policy) {
                continue;
            }
            count(section, indicator.code(), label(indicator.code(), locale), report.figure(indicator));
            report.share(indicator).forEach(share -> share(share));
            if (indicator == Indicator.EXIT_REORIENTATION) {
                whole(Section.EXITS, Typology.EXIT_CATEGORY, report);
            } else if (indicator == Indicator.POLICY_EXITS_POSITIVE) {
                rate(
                        Section.POLICY_CHECK,
                        "rate.positive-under-policy",
                        report.positiveExitRateUnderPolicy().get(),
                        label(
                                "rate.positive-under-policy",
                                locale,
                                report.options().exitPolicyName().get()));
            } else if (indicator == Indicator.JOB_NOT_RECORDED) {
                whole(Section.TYPOLOGY, Typology.JOB, report);
            }
            if (indicator == Indicator.EXITS_RATE_DENOMINATOR) {
                rate("rate.positive", report.positiveExitRate());
                rate("rate.employment", report.employmentExitRate());
                rate("rate.training", report.trainingExitRate());
            } else if (indicator == Indicator.PROTOCOL_PARTICIPANTS
                    && report.options().targets().protocolParticipants().isDefined()) {
                rate(Section.ACTIVITY, "rate.protocol", report.protocolProgress());
            } else if (indicator == Indicator.JOB_NOT_RECORDED) {
                median(Section.TYPOLOGY, "median.time-to-first-employment", report.timeToFirstEmployment());
            } else if (indicator == Indicator.EMPLOYER_SIAE) {
                whole(Section.TYPOLOGY, Typology.EMPLOYER, report);
                for (SectorFigure sector : report.sectors()) {
                    plain(
                            Section.TYPOLOGY,
                            "sector/" + sector.sector(),
                            label("sector", locale) + " : " + sectorName(sector.sector(), locale),
                            sector.exits());
                    share(report.share(sector));
                }
            } else if (indicator == Indicator.INTERVIEWS) {
                BigDecimal perParticipant = report.interviewsPerParticipant().getOrNull();
                boolean masked = disclosure.masks(report.count(Indicator.INTERVIEWS))
                        || disclosure.masks(report.count(Indicator.ACTIVE_FILE));
                add(
                        Section.FOLLOW_UP,
                        "ratio.interviews-per-participant",
                        Unit.RATIO,
                        masked ? null : perParticipant,
                        null,
                        masked);
            } else if (indicator == Indicator.CONTRACTS_SIGNED) {
                plain(
                        Section.FOLLOW_UP,
                        "distinct.financed-actions",
                        label("distinct.financed-actions", locale),
                        report.distinctFinancedActions());
                median(Section.FOLLOW_UP, "median.parcours-length", report.parcoursLength());
            } else if (indicator == Indicator.PLACEMENTS) {
                plain(
                        Section.EMPLOYER_SIDE,
                        "distinct.offers",
                        label("distinct.offers", locale),
                        report.distinctOffers());
            }
        }
        for (Caseload load : report.caseloads()) {
            String referent = load.referent().map(Object::toString).getOrElse(BreakdownRow.UNKNOWN);
            String name = load.referent().map(Object::toString).getOrElse(label("unknown", locale));
            plain(
                    Section.CASELOAD,
                    "caseload/" + referent,
                    label("caseload", locale) + " : " + name,
                    load.participants());
            boolean masked = disclosure.masks(load.participants());
            add(
                    Section.CASELOAD,
                    "caseload-per-fte/" + referent,
                    Unit.RATIO,
                    masked ? null : load.perFte().getOrNull(),
                    BigDecimal.valueOf(load.capacityPerFte()),
                    masked,
                    label("caseload.per-fte", locale) + " : " + name);
        }
        for (BreakdownRow row : report.breakdowns()) {
            String key = BreakdownRow.UNKNOWN.equals(row.key()) ? label("unknown", locale) : row.key();
            String prefix = label("dimension." + row.dimension(), locale) + " " + key + " : ";
            String code = row.dimension().name().toLowerCase(Locale.ROOT) + "/" + row.key() + "/";
            plain(Section.BREAKDOWN, code + "active", prefix + label("column.active", locale), row.active());
            plain(Section.BREAKDOWN, code + "entries", prefix + label("column.entries", locale), row.entries());
            plain(Section.BREAKDOWN, code + "exits", prefix + label("column.exits", locale), row.exits());
            plain(
                    Section.BREAKDOWN,
                    code + "positive-exits",
                    prefix + label("column.positive-exits", locale),
                    row.positiveExits());
        }
        if (disclosure.threshold() > 1) {
            String legend = label("masked", locale, disclosure.threshold() - 1, disclosure.threshold());
            rows.add(ReportRow.note("masked", legend));
        }
        for (String key : NOT_COMPUTED) {
            rows.add(ReportRow.note(key, label("not-computed." + key, locale)));
        }
    }

    private void count(Section section, String code, String text, Figure figure) {
        rows.add(new ReportRow(
                section,
                code,
                text,
                Unit.COUNT,
                shown(figure.total()),
                shown(figure.women()),
                shown(figure.men()),
                shown(figure.nonBinary()),
                null,
                disclosure.masks(figure.total()),
                disclosure.masks(figure.women()),
                disclosure.masks(figure.men()),
                disclosure.masks(figure.nonBinary()),
                null,
                false));
    }

    private void plain(Section section, String code, String text, long value) {
        rows.add(new ReportRow(
                section,
                code,
                text,
                Unit.COUNT,
                shown(value),
                null,
                null,
                null,
                null,
                disclosure.masks(value),
                false,
                false,
                false,
                null,
                false));
    }

    private void rate(String key, Rate rate) {
        rate(Section.EXITS, key, rate);
    }

    private void rate(Section section, String key, Rate rate) {
        rate(section, key, rate, label(key, locale));
    }

    private void rate(Section section, String key, Rate rate, String text) {
        boolean masked = disclosure.masks(rate.numerator()) || disclosure.masks(rate.denominator());
        add(
                section,
                key,
                Unit.PERCENT,
                masked ? null : rate.value().getOrNull(),
                rate.target().getOrNull(),
                masked,
                text);
    }

    /** Puts {@code share} beside the count of the row just added. */
    private void share(Rate share) {
        ReportRow last = rows.remove(rows.size() - 1);
        boolean masked = disclosure.masks(share.numerator()) || disclosure.masks(share.denominator());
        rows.add(new ReportRow(
                last.section(),
                last.code(),
                last.label(),
                last.unit(),
                last.value(),
                last.women(),
                last.men(),
                last.nonBinary(),
                last.target(),
                last.masked(),
                last.womenMasked(),
                last.menMasked(),
                last.nonBinaryMasked(),
                masked ? null : share.value().getOrNull(),
                masked));
    }

    /** The stated whole the shares of {@code typology} are taken of. */
    private void whole(Section section, Typology typology, IndicatorReport report) {
        plain(
                section,
                "whole/" + typology.name().toLowerCase(Locale.ROOT),
                label("whole", locale, label("whole." + typology, locale)),
                typology.denominator(report));
    }

    private void median(Section section, String key, Median median) {
        boolean masked = disclosure.masks(median.count());
        add(section, key, Unit.DAYS, masked ? null : median.days().getOrNull(), null, masked);
    }

    private void add(Section section, String key, Unit unit, BigDecimal value, BigDecimal target, boolean masked) {
        add(section, key, unit, value, target, masked, label(key, locale));
    }

    private void add(
            Section section, String key, Unit unit, BigDecimal value, BigDecimal target, boolean masked, String text) {
        rows.add(new ReportRow(
                section, key, text, unit, value, null, null, null, target, masked, false, false, false, null, false));
    }

    private BigDecimal shown(long count) {
        return disclosure.masks(count) ? null : BigDecimal.valueOf(count);
    }
}
