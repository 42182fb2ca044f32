package fr.plie.server.api;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.server.Reports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/reports?from=&to=}: the indicator report of the period, pseudonymous, as the indicator-report
 * document (JSON) or as plie-reporting exports it (CSV, XLSX, HTML), chosen by {@code Accept}.
 */
@RestController
class ReportController {
    private final Reports reports;
    private final PlieJson json;

    ReportController(Reports reports, PlieJson json) {
        this.reports = reports;
        this.json = json;
    }

    @GetMapping("/v1/reports")
    void report(
            @RequestParam String from,
            @RequestParam String to,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        LocalDate start = Params.date("from", from, null);
        LocalDate end = Params.date("to", to, null);
        if (end.isBefore(start)) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "period.invalid");
        }
        Reports.Format format = format(request.getHeader(HttpHeaders.ACCEPT));
        IndicatorReport report = reports.report(new ReportingPeriod(start, end));
        response.setContentType(format.mediaType.toString() + (format == Reports.Format.XLSX ? "" : ";charset=UTF-8"));
        if (format == Reports.Format.JSON) {
            json.write(PlieDocument.INDICATOR_REPORT, report, response.getOutputStream());
        } else {
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"rapport-" + start + "-" + end + "." + format.extension + "\"");
            reports.write(report, format, Language.of(request), response.getOutputStream());
        }
    }

    /** The first format of {@code Accept} available, JSON when it names none or accepts anything. */
    static Reports.Format format(String accept) {
        if (accept == null || accept.isBlank()) {
            return Reports.Format.JSON;
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        types = new java.util.ArrayList<>(types);
        types.sort(
                java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            for (Reports.Format f : Reports.Format.values()) {
                if (type.includes(f.mediaType)) {
                    return f;
                }
            }
        }
        throw ApiProblem.of(HttpStatus.NOT_ACCEPTABLE, "request.not-acceptable");
    }
}
