package fr.plie.server.web;

import fr.plie.core.common.Id;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.export.ReportCharts;
import fr.plie.reporting.indicator.BreakdownRow;
import fr.plie.reporting.indicator.Dimension;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.Rate;
import fr.plie.rules.alert.Alert;
import fr.plie.rules.alert.AlertKind;
import fr.plie.rules.audit.AuditFinding;
import fr.plie.rules.audit.AuditReport;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.server.Caseload;
import fr.plie.server.Cursor;
import fr.plie.server.Reports;
import fr.plie.server.config.Policies;
import fr.plie.server.security.Caller;
import fr.plie.server.security.Role;
import io.vavr.control.Option;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The French web application for a coordinator and the referents: the dashboard (indicators against the
 * protocol's targets, by month and referent), the parcours with filters, the parcours page (timeline, exit
 * assessment explained, alerts), the control of recorded exits and report downloads. Server-rendered, no script; reads through the same {@link
 * Caseload} and {@link Reports} as the API, so the same access rules apply.
 */
@Controller
class WebController {
    private static final int PAGE_SIZE = 25;
    private static final List<String> DASHBOARD_CHARTS = List.of("rates", "months", "caseload");

    /** A chart of the dashboard: its title and its SVG. */
    record ChartView(String title, String svg) {}

    private final Caseload caseload;
    private final Reports reports;
    private final Policies policies;

    WebController(Caseload caseload, Reports reports, Policies policies) {
        this.caseload = caseload;
        this.reports = reports;
        this.policies = policies;
    }

    @GetMapping("/connexion")
    String login() {
        return "connexion";
    }

    @GetMapping("/")
    String dashboard(Model model, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        LocalDate today = policies.today();
        ReportingPeriod period = policies.protocol()
                .filter(p -> !p.from().isAfter(today))
                .map(p -> new ReportingPeriod(p.from(), p.to().isBefore(today) ? p.to() : today))
                .getOrElse(() -> new ReportingPeriod(today.withDayOfYear(1), today));
        IndicatorReport report = reports.report(period);
        model.addAttribute("caller", caller);
        model.addAttribute("period", period);
        model.addAttribute("today", today);
        model.addAttribute("rates", rates(report));
        List<BreakdownRow> months = report.breakdown(Dimension.MONTH);
        model.addAttribute("months", months.subList(Math.max(0, months.size() - 24), months.size()));
        model.addAttribute("referents", report.breakdown(Dimension.REFERENT));
        // plie-export's charts, the same as in the HTML and PDF reports: rates against targets, months, caseloads
        model.addAttribute(
                "charts",
                ReportCharts.of(report, Reports.settings(Locale.FRENCH)).stream()
                        .filter(c -> DASHBOARD_CHARTS.contains(c.id()))
                        .map(c -> new ChartView(c.title(), c.svg(ReportCharts.WIDTH, c.height())))
                        .toList());
        if (caller.role() != Role.REPORTING) {
            Map<AlertKind, Integer> alerts = new EnumMap<>(AlertKind.class);
            caseload.alerts(caller, today).forEach(a -> alerts.merge(a.kind(), 1, Integer::sum));
            model.addAttribute("alerts", alerts);
        }
        return "tableau-de-bord";
    }

    /** A rate of the dashboard: realised, target and whether reached, in percent. */
    record RateView(String label, long numerator, long denominator, String value, String target, Boolean reached) {}

    private static List<RateView> rates(IndicatorReport report) {
        Map<String, Rate> rates = new LinkedHashMap<>();
        rates.put("Sorties positives", report.positiveExitRate());
        rates.put("Sorties vers l'emploi", report.employmentExitRate());
        rates.put("Sorties vers la formation", report.trainingExitRate());
        rates.put("Avancement du protocole (participants)", report.protocolProgress());
        List<RateView> views = new ArrayList<>();
        rates.forEach((label, rate) -> views.add(new RateView(
                label,
                rate.numerator(),
                rate.denominator(),
                rate.value().map(WebController::percent).getOrElse("–"),
                rate.target().map(WebController::percent).getOrElse("–"),
                rate.reachesTarget().getOrNull())));
        return views;
    }

    private static String percent(BigDecimal fraction) {
        return String.format(Locale.FRENCH, "%.1f %%", fraction.doubleValue() * 100);
    }

    @GetMapping("/parcours")
    String list(
            @RequestParam(required = false) String statut,
            @RequestParam(required = false) String referent,
            @RequestParam(required = false) String alerte,
            @RequestParam(required = false) String apres,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            Authentication authentication) {
        Caller caller = followsParticipants(authentication);
        Option<ParcoursStatus> status = parse(statut, ParcoursStatus.class);
        Option<AlertKind> alert = parse(alerte, AlertKind.class);
        Option<String> ref = Option.of(referent).filter(r -> !r.isBlank());
        // the page walked to by the "Page suivante" link (a cursor); the page number is only shown
        Option<ParcoursId> after = Option.of(apres)
                .filter(a -> !a.isBlank())
                .map(a -> Cursor.read(a).getOrElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST)));
        Caseload.Slice<Caseload.Row> rows =
                caseload.list(caller, new Caseload.Filter(status, ref, alert, policies.today()), after, PAGE_SIZE);
        model.addAttribute("rows", rows);
        model.addAttribute("next", rows.next().getOrNull());
        model.addAttribute("statuses", ParcoursStatus.values());
        model.addAttribute("alertKinds", AlertKind.values());
        model.addAttribute(
                "referentIds",
                policies.referents().stream().map(r -> r.id().value()).toList());
        model.addAttribute("statut", status.getOrNull());
        model.addAttribute("alerte", alert.getOrNull());
        model.addAttribute("referent", ref.getOrElse(""));
        model.addAttribute("page", after.isEmpty() ? 1 : Math.max(2, page));
        model.addAttribute("caller", caller);
        return "parcours-liste";
    }

    @GetMapping("/parcours/{id}")
    String parcours(@PathVariable String id, Model model, Authentication authentication) {
        Caller caller = followsParticipants(authentication);
        if (!Id.isValid(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Parcours p = caseload.parcours(caller, ParcoursId.of(id))
                .getOrElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate today = policies.today();
        ExitAssessment assessment = ExitEngine.assess(p, today, policies.exitPolicy());
        List<Alert> alerts = caseload.alerts(p, today);
        model.addAttribute("parcours", p);
        model.addAttribute("timeline", ParcoursView.timeline(p));
        model.addAttribute("assessment", assessment);
        // the sentence plie exit --explain prints: reached but not pronounceable, or what is awaited
        String headline = assessment.headline(Locale.FRENCH);
        model.addAttribute("headline", Character.toUpperCase(headline.charAt(0)) + headline.substring(1));
        model.addAttribute(
                "explanation",
                assessment.explanation().lines().stream()
                        .map(l -> l.render(Locale.FRENCH))
                        .toList());
        model.addAttribute(
                "missing",
                assessment.missingEvidence().stream()
                        .map(r -> String.join(
                                        " ou ",
                                        r.anyOf().stream()
                                                .map(Labels::of)
                                                .sorted()
                                                .toList())
                                + r.maximumAge()
                                        .map(a -> " (de moins de " + a + ")")
                                        .getOrElse(""))
                        .toList());
        model.addAttribute(
                "alerts", alerts.stream().map(a -> a.message(Locale.FRENCH)).toList());
        model.addAttribute(
                "alertKinds", alerts.stream().map(Alert::kind).distinct().toList());
        model.addAttribute("today", today);
        model.addAttribute("policy", policies.exitPolicy().name());
        model.addAttribute("caller", caller);
        return "parcours";
    }

    @GetMapping("/controle")
    String checksPage(@RequestParam(required = false) String date, Model model, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.seesEveryone()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LocalDate asOf = date == null || date.isBlank() ? policies.today() : date(date);
        AuditReport report = caseload.checks(caller, asOf, policies.exitPolicy());
        Map<String, List<AuditFinding>> lists = new LinkedHashMap<>();
        for (AuditFinding.Kind kind : AuditFinding.Kind.values()) {
            lists.put(AuditFinding.title(kind, Locale.FRENCH), report.findings(kind));
        }
        model.addAttribute("report", report);
        model.addAttribute("lists", lists);
        model.addAttribute("date", asOf);
        model.addAttribute("caller", caller);
        return "controle";
    }

    @GetMapping("/rapports")
    String reportsPage(Model model, Authentication authentication) {
        LocalDate today = policies.today();
        model.addAttribute("du", today.withDayOfYear(1));
        model.addAttribute("au", today);
        model.addAttribute("caller", Caller.of(authentication));
        return "rapports";
    }

    @GetMapping("/rapports/telecharger")
    void download(
            @RequestParam String du, @RequestParam String au, @RequestParam String format, HttpServletResponse response)
            throws IOException {
        LocalDate from = date(du);
        LocalDate to = date(au);
        Reports.Format f = parse(format.toUpperCase(Locale.ROOT), Reports.Format.class)
                .filter(x -> x != Reports.Format.JSON)
                .getOrElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        if (to.isBefore(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        IndicatorReport report = reports.report(new ReportingPeriod(from, to));
        response.setContentType(f.mediaType.toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"rapport-" + from + "-" + to + "." + f.extension + "\"");
        reports.write(report, f, Locale.FRENCH, response.getOutputStream());
    }

    private static Caller followsParticipants(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (caller.role() == Role.REPORTING) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return caller;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    private static <E extends Enum<E>> Option<E> parse(String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Option.none();
        }
        try {
            return Option.some(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Option.none();
        }
    }
}
