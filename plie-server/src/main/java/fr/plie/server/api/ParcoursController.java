package fr.plie.server.api;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.common.Rejection;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursChange;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursLifecycle;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.rules.alert.AlertKind;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.server.Caseload;
import fr.plie.server.Cursor;
import fr.plie.server.config.PlieSettings;
import fr.plie.server.config.Policies;
import fr.plie.server.security.Caller;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Stored parcours: lists, the parcours document, its exit assessment, and the commands of its lifecycle. The
 * parcours' version is its {@code ETag}; a command requires {@code If-Match} with it (428 without, 412 when the
 * parcours changed meanwhile), so two clients never overwrite each other.
 */
@RestController
@RequestMapping("/v1/parcours")
class ParcoursController {
    private final PlieJson json;
    private final PlieJdbc plie;
    private final Caseload caseload;
    private final Policies policies;
    private final ParcoursLifecycle lifecycle;
    private final long maxBytes;

    ParcoursController(
            PlieJson json,
            PlieJdbc plie,
            Caseload caseload,
            Policies policies,
            ParcoursLifecycle lifecycle,
            PlieSettings settings) {
        this.json = json;
        this.plie = plie;
        this.caseload = caseload;
        this.policies = policies;
        this.lifecycle = lifecycle;
        this.maxBytes = settings.maxRequestBytes();
    }

    /**
     * A page of the list, in id order, walked by cursor: the body's {@code next} and the {@code Link} header
     * ({@code rel="next"}, RFC 8288) give the next page's address, absent after the last. No page number: counting
     * or skipping would read every parcours.
     */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String referent,
            @RequestParam(required = false) String alert,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String page,
            @RequestParam(defaultValue = "50") int size,
            HttpServletRequest request,
            HttpServletResponse response,
            Authentication authentication) {
        if (page != null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "page.cursor");
        }
        Params.page(0, size);
        Option<ParcoursId> after = Option.of(cursor)
                .map(c -> Cursor.read(c).getOrElseThrow(() -> ApiProblem.of(HttpStatus.BAD_REQUEST, "cursor.invalid")));
        Caseload.Filter filter = new Caseload.Filter(
                Option.of(status).map(s -> Params.code("status", s, ParcoursStatus.class)),
                Option.of(referent),
                Option.of(alert).map(a -> Params.code("alert", a, AlertKind.class)),
                Params.date("asOf", asOf, policies.today()));
        Caseload.Slice<Caseload.Row> rows = caseload.list(Caller.of(authentication), filter, after, size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", rows.items().stream().map(Views::row).toList());
        body.put("size", size);
        rows.next().forEach(next -> {
            String link = UriComponentsBuilder.fromPath(request.getContextPath() + "/v1/parcours")
                    .queryParamIfPresent("status", Optional.ofNullable(status))
                    .queryParamIfPresent("referent", Optional.ofNullable(referent))
                    .queryParamIfPresent("alert", Optional.ofNullable(alert))
                    .queryParamIfPresent("asOf", Optional.ofNullable(asOf))
                    .queryParam("size", size)
                    .queryParam("cursor", next)
                    .encode()
                    .build()
                    .toUriString();
            body.put("next", link);
            response.setHeader(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"");
        });
        return body;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    void create(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        Caller caller = Caller.of(authentication);
        ParcoursDocument document = Bodies.document(json, PlieDocument.PARCOURS, request, maxBytes);
        Parcours parcours = document.parcours();
        if (!caller.follows(parcours)) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "auth.forbidden");
        }
        var repositories = plie.repositories(caller.name());
        if (repositories.parcours().findById(parcours.id()).isDefined()) {
            throw ApiProblem.of(
                    HttpStatus.CONFLICT, "parcours.exists", parcours.id().value());
        }
        document.participant()
                .forEach(participant -> repositories
                        .participants()
                        .save(participant)
                        .getOrElseThrow(rejection -> ApiProblem.rejected(HttpStatus.BAD_REQUEST, rejection)));
        Either<Rejection, Integer> saved = repositories.saveNew(java.util.List.of(parcours));
        if (saved.isLeft()) {
            throw ApiProblem.of(
                    HttpStatus.CONFLICT, "parcours.exists", parcours.id().value());
        }
        response.setStatus(HttpStatus.CREATED.value());
        response.setHeader(HttpHeaders.LOCATION, "/v1/parcours/" + parcours.id().value());
        write(parcours, response);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    void get(@PathVariable String id, HttpServletResponse response, Authentication authentication) throws IOException {
        write(find(Caller.of(authentication), id), response);
    }

    @GetMapping(path = "/{id}/exit-assessment", produces = MediaType.APPLICATION_JSON_VALUE)
    void exitAssessment(
            @PathVariable String id,
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String asOf,
            HttpServletResponse response,
            Authentication authentication)
            throws IOException {
        Parcours parcours = find(Caller.of(authentication), id);
        ExitPolicy exitPolicy = Params.exitPolicy(policies, policy);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.write(
                PlieDocument.EXIT_ASSESSMENT,
                ExitEngine.assess(parcours, Params.date("asOf", asOf, policies.today()), exitPolicy),
                response.getOutputStream());
    }

    @PostMapping(path = "/{id}/commands", consumes = MediaType.APPLICATION_JSON_VALUE)
    void command(
            @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest request,
            HttpServletResponse response,
            Authentication authentication)
            throws IOException {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.of(HttpStatus.PRECONDITION_REQUIRED, "precondition.required");
        }
        long expected = version(ifMatch);
        Caller caller = Caller.of(authentication);
        Parcours parcours = find(caller, id);
        if (parcours.version() != expected) {
            throw ApiProblem.of(HttpStatus.PRECONDITION_FAILED, "precondition.failed", parcours.version());
        }
        byte[] body;
        try (var in = Bodies.limited(request, maxBytes)) {
            body = in.readAllBytes();
        } catch (Bodies.TooLarge e) {
            throw ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, "request.too-large", maxBytes);
        }
        ParcoursCommand command = CommandReader.read(json, body, Language.of(request));
        ParcoursChange change = lifecycle
                .handle(parcours, command)
                .getOrElseThrow(rejection -> ApiProblem.rejected(HttpStatus.CONFLICT, rejection));
        Parcours saved = plie.repositories(caller.name())
                .save(change)
                .getOrElseThrow(rejection -> rejection.code().equals("parcours.stale-version")
                        ? ApiProblem.of(HttpStatus.PRECONDITION_FAILED, "precondition.failed", current(caller, id))
                        : ApiProblem.rejected(HttpStatus.CONFLICT, rejection));
        write(saved, response);
    }

    private long current(Caller caller, String id) {
        return caseload.parcours(caller, ParcoursId.of(id))
                .map(Parcours::version)
                .getOrElse(0L);
    }

    private Parcours find(Caller caller, String id) {
        if (!fr.plie.core.common.Id.isValid(id)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "parcours.not-found", "?");
        }
        return caseload.parcours(caller, ParcoursId.of(id))
                .getOrElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "parcours.not-found", id));
    }

    /** The version an {@code If-Match} names: {@code "3"} (or {@code W/"3"}, the version being the only state). */
    static long version(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 3 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw ApiProblem.of(HttpStatus.BAD_REQUEST, "if-match.invalid");
    }

    static String etag(Parcours parcours) {
        return "\"" + parcours.version() + "\"";
    }

    private void write(Parcours parcours, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.ETAG, etag(parcours));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.write(PlieDocument.PARCOURS, ParcoursDocument.of(parcours), response.getOutputStream());
    }
}
