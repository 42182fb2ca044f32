package fr.plie.server.api;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.participant.Participant;
import fr.plie.rules.eligibility.EligibilityChecker;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.server.config.PlieSettings;
import fr.plie.server.config.Policies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The engines on documents the caller sends, stored nowhere: {@code POST /v1/exit-assessments} with a parcours
 * document gives its exit-assessment document, {@code POST /v1/eligibility-results} with a participant document
 * its eligibility-result document; with {@code application/x-ndjson}, one result (or one located error) a line.
 */
@RestController
@RequestMapping("/v1")
class AssessmentController {
    static final String NDJSON = "application/x-ndjson";

    private final PlieJson json;
    private final Policies policies;
    private final long maxBytes;

    AssessmentController(PlieJson json, Policies policies, PlieSettings settings) {
        this.json = json;
        this.policies = policies;
        this.maxBytes = settings.maxRequestBytes();
    }

    @PostMapping(path = "/exit-assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    void exit(
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String asOf,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ExitPolicy exitPolicy = exitPolicy(policy);
        LocalDate day = Params.date("asOf", asOf, policies.today());
        ParcoursDocument document = Bodies.document(json, PlieDocument.PARCOURS, request, maxBytes);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.write(
                PlieDocument.EXIT_ASSESSMENT,
                ExitEngine.assess(document.parcours(), day, exitPolicy),
                response.getOutputStream());
    }

    @PostMapping(path = "/exit-assessments", consumes = NDJSON)
    void exitBatch(
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String asOf,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ExitPolicy exitPolicy = exitPolicy(policy);
        LocalDate day = Params.date("asOf", asOf, policies.today());
        var in = Bodies.limited(request, maxBytes);
        response.setContentType(NDJSON);
        NdjsonBatch.run(json, PlieDocument.PARCOURS, in, response.getOutputStream(), Language.of(request), d -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("parcoursId", quoted(d.parcours().id().value()));
            fields.put(
                    "exitAssessment",
                    json.writeAsString(PlieDocument.EXIT_ASSESSMENT, ExitEngine.assess(d.parcours(), day, exitPolicy)));
            return fields;
        });
    }

    @PostMapping(path = "/eligibility-results", consumes = MediaType.APPLICATION_JSON_VALUE)
    void eligibility(
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String asOf,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        EligibilityPolicy eligibilityPolicy = eligibilityPolicy(policy);
        LocalDate day = Params.date("asOf", asOf, policies.today());
        Participant participant = Bodies.document(json, PlieDocument.PARTICIPANT, request, maxBytes);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.write(
                PlieDocument.ELIGIBILITY_RESULT,
                EligibilityChecker.check(participant.profile(), day, eligibilityPolicy),
                response.getOutputStream());
    }

    @PostMapping(path = "/eligibility-results", consumes = NDJSON)
    void eligibilityBatch(
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String asOf,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        EligibilityPolicy eligibilityPolicy = eligibilityPolicy(policy);
        LocalDate day = Params.date("asOf", asOf, policies.today());
        var in = Bodies.limited(request, maxBytes);
        response.setContentType(NDJSON);
        NdjsonBatch.run(json, PlieDocument.PARTICIPANT, in, response.getOutputStream(), Language.of(request), p -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("participantId", quoted(p.id().value()));
            fields.put(
                    "eligibilityResult",
                    json.writeAsString(
                            PlieDocument.ELIGIBILITY_RESULT,
                            EligibilityChecker.check(p.profile(), day, eligibilityPolicy)));
            return fields;
        });
    }

    private ExitPolicy exitPolicy(String name) {
        return Params.exitPolicy(policies, name);
    }

    private EligibilityPolicy eligibilityPolicy(String name) {
        return policies.eligibilityPolicy(name)
                .getOrElseThrow(() -> ApiProblem.of(
                        HttpStatus.BAD_REQUEST,
                        "policy.unknown",
                        name,
                        String.join(", ", Policies.ELIGIBILITY_PRESETS.keySet())));
    }

    /** An id as a JSON string: ids are letters, digits and {@code .-_:}, nothing to escape. */
    static String quoted(String id) {
        return Problems.MAPPER.writeValueAsString(id);
    }
}
