package fr.plie.server.api;

import fr.plie.rules.audit.AuditFinding;
import fr.plie.rules.audit.AuditReport;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.server.Caseload;
import fr.plie.server.config.Policies;
import fr.plie.server.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/checks}: the control of recorded exits a PLIE runs before an ESF audit ({@code plie check}'s,
 * plie-rules' {@code ExitAudit}) over the parcours the caller may see: one line a finding, then the totals, as
 * JSON or CSV. Pseudonymous ids, codes and dates only.
 */
@RestController
class CheckController {
    static final String CSV = "text/csv";
    private static final List<String> COLUMNS = List.of(
            "list",
            "parcoursId",
            "verdict",
            "recordedCategory",
            "exitDate",
            "outcome",
            "rulesDate",
            "missingEvidence",
            "reason");

    private final Caseload caseload;
    private final Policies policies;

    CheckController(Caseload caseload, Policies policies) {
        this.caseload = caseload;
        this.policies = policies;
    }

    @GetMapping(path = "/v1/checks", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> json(
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String asOf,
            HttpServletRequest request,
            Authentication authentication) {
        AuditReport report = report(policy, asOf, authentication);
        Locale locale = Language.of(request);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", report.asOf().toString());
        m.put("policy", report.policy());
        m.put(
                "findings",
                report.findings().stream()
                        .map(f -> {
                            Map<String, Object> line = finding(f, locale);
                            line.values().removeIf(Objects::isNull);
                            return line;
                        })
                        .toList());
        AuditReport.Totals t = report.totals();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("parcours", t.parcours());
        totals.put("exitsRecorded", t.exitsRecorded());
        totals.put("positiveRecorded", t.positiveRecorded());
        totals.put("supported", t.supported());
        totals.put("unsupported", t.unsupported());
        totals.put("notProposed", t.notProposed());
        totals.put("evidenceLacking", t.evidenceLacking());
        m.put("totals", totals);
        return m;
    }

    @GetMapping(path = "/v1/checks", produces = CSV)
    void csv(
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String asOf,
            HttpServletRequest request,
            HttpServletResponse response,
            Authentication authentication)
            throws IOException {
        AuditReport report = report(policy, asOf, authentication);
        Locale locale = Language.of(request);
        response.setContentType(CSV + ";charset=UTF-8");
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(COLUMNS);
            for (AuditFinding f : report.findings()) {
                csv.printRecord(finding(f, locale).values().stream()
                        .map(v -> v instanceof List<?> l
                                ? String.join(
                                        " ", l.stream().map(String::valueOf).toList())
                                : v)
                        .toList());
            }
        }
    }

    private AuditReport report(String policy, String asOf, Authentication authentication) {
        ExitPolicy exitPolicy = Params.exitPolicy(policies, policy);
        LocalDate day = Params.date("asOf", asOf, policies.today());
        return caseload.checks(Caller.of(authentication), day, exitPolicy);
    }

    /** One line, every column present (empty when the finding has no such value) so CSV and JSON agree. */
    static Map<String, Object> finding(AuditFinding f, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("list", f.kind().name());
        m.put("parcoursId", f.parcours().value());
        m.put("verdict", f.verdict().name());
        m.put("recordedCategory", f.recordedCategory().map(Enum::name).getOrNull());
        m.put("exitDate", f.exitDate().map(LocalDate::toString).getOrNull());
        m.put("outcome", f.outcome().name());
        m.put("rulesDate", f.pronounceableFrom().map(LocalDate::toString).getOrNull());
        m.put(
                "missingEvidence",
                f.missingEvidence().stream().sorted().map(Enum::name).toList());
        m.put("reason", f.reason(locale));
        return m;
    }
}
