package fr.plie.export;

import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the report template ({@code src/main/jte/report.jte}) shows, already worded and protected: the summary
 * first (the protocol's objectives and where the PLIE stands), then the charts, then one table per section.
 * The same view serves the screen, print and the PDF; only the charts' form differs ({@link #pdf}).
 */
final class HtmlView {
    /** One objective of the summary: what was achieved, against which target, reached or not. */
    record Objective(String label, String achieved, String target, String status, boolean reached, boolean masked) {}

    record KeyFigure(String label, String value) {}

    record Chart(String id, String title, String svg, int height) {}

    record Row(String code, String label, Cell value, Cell share, Cell women, Cell men, Cell nonBinary, Cell target) {}

    record Cell(String text, boolean masked) {}

    record Table(String id, String title, List<Row> rows, boolean hasShares) {}

    private final IndicatorReport report;
    private final ExportSettings settings;
    private final Locale locale;
    private final Display display;
    private final boolean pdf;

    HtmlView(IndicatorReport report, ExportSettings settings, boolean pdf) {
        this.report = report;
        this.settings = settings;
        this.locale = settings.locale();
        this.display = new Display(locale);
        this.pdf = pdf;
    }

    String text(String key, Object... args) {
        return ReportTable.label(key, locale, args);
    }

    String lang() {
        return locale.getLanguage();
    }

    String title() {
        return text(
                "title",
                display.date(report.period().from()),
                display.date(report.period().to()));
    }

    String asOf() {
        return text("html.as-of", display.date(report.options().asOf()));
    }

    String policy() {
        return report.options()
                .exitPolicyName()
                .map(name -> text("html.policy", name))
                .getOrNull();
    }

    String maskLegend() {
        Disclosure disclosure = settings.disclosure();
        return disclosure.threshold() > 1
                ? text("masked", disclosure.threshold() - 1, disclosure.threshold()) + " " + text("chart.masked-note")
                : null;
    }

    String emblem() {
        return settings.emblem().getOrNull();
    }

    boolean pdf() {
        return pdf;
    }

    List<Objective> objectives() {
        List<Objective> all = new ArrayList<>();
        all.add(rate("rate.positive", report.positiveExitRate()));
        report.positiveExitRateUnderPolicy()
                .forEach(r -> all.add(rate(
                        "rate.positive-under-policy",
                        r,
                        text(
                                "rate.positive-under-policy",
                                report.options().exitPolicyName().get()))));
        all.add(rate("rate.employment", report.employmentExitRate()));
        all.add(rate("rate.training", report.trainingExitRate()));
        report.options().targets().protocolParticipants().forEach(goal -> {
            long count = report.count(Indicator.PROTOCOL_PARTICIPANTS);
            all.add(new Objective(
                    text("protocol-participants"),
                    shown(count),
                    display.count(goal),
                    status(count >= goal),
                    count >= goal,
                    settings.disclosure().masks(count)));
        });
        int capacity = report.options().targets().capacityPerFte();
        long measured =
                report.caseloads().stream().filter(c -> c.perFte().isDefined()).count();
        if (measured > 0) {
            long over = report.caseloads().stream()
                    .filter(c -> c.overCapacity().getOrElse(false))
                    .count();
            all.add(new Objective(
                    text("chart.caseload"),
                    text("html.caseload.over", over, measured),
                    text("chart.caseload.capacity", capacity),
                    status(over == 0),
                    over == 0,
                    false));
        }
        return all;
    }

    private Objective rate(String key, Rate rate) {
        return rate(key, rate, text(key));
    }

    private Objective rate(String key, Rate rate, String label) {
        Disclosure disclosure = settings.disclosure();
        boolean masked = disclosure.masks(rate.numerator()) || disclosure.masks(rate.denominator());
        String achieved =
                masked ? disclosure.mask() : rate.value().map(display::percent).getOrElse(text("chart.no-value"));
        String target = rate.target().map(display::percent).getOrElse(text("html.no-target"));
        boolean reached = !masked && rate.reachesTarget().getOrElse(false);
        String status = masked || rate.reachesTarget().isEmpty() ? "" : status(reached);
        return new Objective(label, achieved, target, status, reached, masked);
    }

    private String status(boolean reached) {
        return text(reached ? "html.reached" : "html.not-reached");
    }

    List<KeyFigure> keyFigures() {
        List<KeyFigure> all = new ArrayList<>();
        for (Indicator indicator : List.of(
                Indicator.ACTIVE_FILE,
                Indicator.ENTRIES,
                Indicator.FIRST_RECEPTIONS,
                Indicator.EXITS,
                Indicator.EXITS_POSITIVE,
                Indicator.CONTRACTS_SIGNED,
                Indicator.ACTIVE_AT_END)) {
            all.add(new KeyFigure(text(indicator.code()), shown(report.count(indicator))));
        }
        return all;
    }

    private String shown(long count) {
        return settings.disclosure().masks(count) ? settings.disclosure().mask() : display.count(count);
    }

    List<Chart> charts() {
        List<Chart> all = new ArrayList<>();
        for (ReportChart chart : ReportCharts.of(report, settings)) {
            all.add(new Chart(
                    chart.id(),
                    chart.title(),
                    pdf ? "" : chart.svg(ReportCharts.WIDTH, chart.height()),
                    chart.height()));
        }
        return all;
    }

    List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        Section current = null;
        List<Row> rows = null;
        boolean shares = false;
        for (ReportRow row : ReportTable.rows(report, settings)) {
            if (row.section() != current) {
                if (current != null) {
                    tables.add(new Table(
                            current.name().toLowerCase(Locale.ROOT), text("section." + current), rows, shares));
                }
                current = row.section();
                rows = new ArrayList<>();
                shares = false;
            }
            shares |= row.share() != null || row.shareMasked();
            rows.add(new Row(
                    row.code(),
                    row.label(),
                    cell(row, row.value(), row.masked()),
                    row.share() == null && !row.shareMasked()
                            ? new Cell("", false)
                            : row.shareMasked()
                                    ? new Cell(settings.disclosure().mask(), true)
                                    : new Cell(display.percent(row.share()), false),
                    cell(row, row.women(), row.womenMasked()),
                    cell(row, row.men(), row.menMasked()),
                    cell(row, row.nonBinary(), row.nonBinaryMasked()),
                    cell(row, row.target(), false)));
        }
        if (current != null) {
            tables.add(new Table(current.name().toLowerCase(Locale.ROOT), text("section." + current), rows, shares));
        }
        return tables;
    }

    private Cell cell(ReportRow row, BigDecimal value, boolean masked) {
        if (masked) {
            return new Cell(settings.disclosure().mask(), true);
        }
        if (value == null) {
            return new Cell("", false);
        }
        return new Cell(
                switch (row.unit()) {
                    case PERCENT -> display.percent(value);
                    case COUNT -> display.count(value.longValueExact());
                    default -> display.decimal(value, 2);
                },
                false);
    }
}
