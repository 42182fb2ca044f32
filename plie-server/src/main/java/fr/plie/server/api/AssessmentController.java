package fr.plie.server.api;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.participant.Participant;
import fr.plie.rules.eligibility.EligibilityChecker;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.EligibilityResult;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.server.config.PlieSettings;
import fr.plie.server.config.Policies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
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
    private final Admission admission;

    AssessmentController(PlieJson json, Policies policies, PlieSettings settings) {
        this.json = json;
        this.policies = policies;
        this.maxBytes = settings.maxRequestBytes();
        this.admission = new Admission(settings.assessmentConcurrency());
    }

    @PostMapping(path = "/exit-assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    void exit(
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String asOf,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        one(PlieDocument.PARCOURS, PlieDocument.EXIT_ASSESSMENT, exit(policy, asOf), request, response);
    }

    @PostMapping(path = "/exit-assessments", consumes = NDJSON)
    void exitBatch(
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String asOf,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        batch(
                PlieDocument.PARCOURS,
                d -> d.parcours().id().value(),
                "parcoursId",
                PlieDocument.EXIT_ASSESSMENT,
                "exitAssessment",
                exit(policy, asOf),
                request,
                response);
    }

    @PostMapping(path = "/eligibility-results", consumes = MediaType.APPLICATION_JSON_VALUE)
    void eligibility(
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String asOf,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        one(PlieDocument.PARTICIPANT, PlieDocument.ELIGIBILITY_RESULT, eligibility(policy, asOf), request, response);
    }

    @PostMapping(path = "/eligibility-results", consumes = NDJSON)
    void eligibilityBatch(
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String asOf,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        batch(
                PlieDocument.PARTICIPANT,
                p -> p.id().value(),
                "participantId",
                PlieDocument.ELIGIBILITY_RESULT,
                "eligibilityResult",
                eligibility(policy, asOf),
                request,
                response);
    }

    /** The exit engine on the policy and day asked for (400 when either is wrong). */
    private Function<ParcoursDocument, ExitAssessment> exit(String policy, String asOf) {
        ExitPolicy exitPolicy = Params.exitPolicy(policies, policy);
        LocalDate day = Params.date("asOf", asOf, policies.today());
        return d -> ExitEngine.assess(d.parcours(), day, exitPolicy);
    }

    /** The eligibility checker on the policy and day asked for (400 when either is wrong). */
    private Function<Participant, EligibilityResult> eligibility(String policy, String asOf) {
        EligibilityPolicy eligibilityPolicy = eligibilityPolicy(policy);
        LocalDate day = Params.date("asOf", asOf, policies.today());
        return p -> EligibilityChecker.check(p.profile(), day, eligibilityPolicy);
    }

    /**
     * One document of {@code in} read from the body, its result written as a document of {@code out}: read and
     * answered over the network outside its {@link Admission} turn, which covers only the computation.
     */
    private <T, R> void one(
            PlieDocument<T> in,
            PlieDocument<R> out,
            Function<T, R> engine,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        byte[] body = Bodies.bytes(request, maxBytes);
        ByteArrayOutputStream answer = admission.inTurn(() -> {
            T document = Bodies.document(json, in, body, Language.of(request));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
            json.write(out, engine.apply(document), bytes);
            return bytes;
        });
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(answer.size());
        answer.writeTo(response.getOutputStream());
    }

    /**
     * An NDJSON batch of {@code in}: each valid line answered by its id under {@code idField}, then its result, an
     * {@code out} document, under {@code resultField}.
     */
    private <T, R> void batch(
            PlieDocument<T> in,
            Function<T, String> id,
            String idField,
            PlieDocument<R> out,
            String resultField,
            Function<T, R> engine,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var body = Bodies.limited(request, maxBytes);
        response.setContentType(NDJSON);
        NdjsonBatch.run(json, in, body, response.getOutputStream(), Language.of(request), d -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(idField, quoted(id.apply(d)));
            fields.put(resultField, json.writeAsString(out, engine.apply(d)));
            return fields;
        });
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
