package fr.plie.examples.cli;

import fr.plie.examples.cli.DemoCommand.DemoFigures;
import fr.plie.examples.demo.SyntheticPlie;
import fr.plie.reporting.indicator.BreakdownRow;
import fr.plie.reporting.indicator.Caseload;
import fr.plie.reporting.indicator.Dimension;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.Rate;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The demo's dashboard in the terminal: the figures a coordinator brings to the steering committee. */
final class Dashboard {
    private final Locale locale;
    private final NumberFormat percent;
    private final NumberFormat decimal;

    Dashboard(Locale locale) {
        this.locale = locale;
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        this.decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
    }

    void print(PrintWriter out, IndicatorReport report, DemoFigures f, SyntheticPlie.Plie plie) {
        BigDecimal fte = plie.referents().stream().map(r -> r.fte()).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.println(t(
                "dash.title",
                report.period().from(),
                report.period().to(),
                report.options().asOf()));
        out.println(t(
                "dash.population",
                f.candidates(),
                report.count(Indicator.PROTOCOL_PARTICIPANTS),
                plie.referents().size(),
                decimal.format(fte)));
        out.println();
        out.println(t(
                "dash.positive-rate",
                rate(report.positiveExitRate()),
                report.count(Indicator.EXITS_POSITIVE),
                report.count(Indicator.EXITS_RATE_DENOMINATOR),
                target(report.positiveExitRate())));
        out.println(t(
                "dash.split",
                rate(report.employmentExitRate()),
                target(report.employmentExitRate()),
                rate(report.trainingExitRate()),
                target(report.trainingExitRate())));
        out.println(t("dash.active", report.count(Indicator.ACTIVE_FILE), report.count(Indicator.ACTIVE_AT_END)));
        out.println();
        out.println(t("dash.years"));
        Map<String, long[]> years = new TreeMap<>();
        for (BreakdownRow row : report.breakdown(Dimension.MONTH)) {
            long[] y = years.computeIfAbsent(row.key().substring(0, 4), k -> new long[3]);
            y[0] += row.entries();
            y[1] += row.exits();
            y[2] += row.positiveExits();
        }
        years.forEach((year, y) -> out.printf(locale, "  %s %9d %9d %9d%n", year, y[0], y[1], y[2]));
        out.println();
        long jobs = report.count(Indicator.JOB_CDI)
                + report.count(Indicator.JOB_CDD_OVER_6_MONTHS)
                + report.count(Indicator.JOB_CREATION)
                + report.count(Indicator.JOB_OTHER);
        out.println(t(
                "dash.jobs",
                share(Indicator.JOB_CDI, jobs, report),
                share(Indicator.JOB_CDD_OVER_6_MONTHS, jobs, report),
                share(Indicator.JOB_CREATION, jobs, report),
                share(Indicator.JOB_OTHER, jobs, report)));
        long employers = report.count(Indicator.EMPLOYER_PRIVATE)
                + report.count(Indicator.EMPLOYER_PUBLIC)
                + report.count(Indicator.EMPLOYER_ASSOCIATIVE)
                + report.count(Indicator.EMPLOYER_SIAE);
        out.println(t(
                "dash.employers",
                share(Indicator.EMPLOYER_PRIVATE, employers, report),
                share(Indicator.EMPLOYER_PUBLIC, employers, report),
                share(Indicator.EMPLOYER_ASSOCIATIVE, employers, report),
                share(Indicator.EMPLOYER_SIAE, employers, report)));
        out.println();
        out.println(t("dash.caseload", report.options().asOf()));
        for (Caseload c : report.caseloads()) {
            out.printf(
                    locale,
                    "  %-8s %4d  %s  %s%n",
                    c.referent().map(r -> r.value()).getOrElse("?"),
                    c.participants(),
                    c.fte().map(decimal::format).getOrElse("-"),
                    c.perFte().map(decimal::format).getOrElse("-"));
        }
        out.println();
        out.println(t(
                "dash.engine",
                f.policy(),
                percent.format(f.exitsCompared() == 0 ? 0 : (double) f.exitsAgreed() / f.exitsCompared()),
                f.exitsAgreed(),
                f.exitsCompared(),
                f.positiveExitsPronounceable()));
        out.println(t("dash.eligibility", f.eligible(), f.candidates()));
        StringBuilder kinds = new StringBuilder();
        f.alerts()
                .forEach((kind, n) -> kinds.append(kinds.length() == 0 ? "" : ", ")
                        .append(t("alert." + kind.name()))
                        .append(' ')
                        .append(n));
        out.println(t("dash.alerts", f.alertCount(), kinds));
    }

    private String share(Indicator indicator, long total, IndicatorReport report) {
        long n = report.count(indicator);
        return n + " (" + percent.format(total == 0 ? 0 : (double) n / total) + ")";
    }

    private String rate(Rate rate) {
        return rate.value().map(percent::format).getOrElse("-");
    }

    private String target(Rate rate) {
        return rate.target()
                .map(tg -> t(
                        rate.reachesTarget().getOrElse(false) ? "dash.target-met" : "dash.target-missed",
                        percent.format(tg)))
                .getOrElse("");
    }

    private String t(String key, Object... args) {
        return Texts.get(locale, key, args);
    }
}
