package fr.plie.server.api;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.json.NdjsonLine;
import fr.plie.adapter.json.NdjsonReader;
import fr.plie.adapter.json.NdjsonWriter;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import fr.plie.server.config.PlieSettings;
import fr.plie.server.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * NDJSON in and out of the database, as {@code plie import} and {@code plie export} do: {@code GET /v1/export}
 * streams every parcours with its participant ({@code ?pseudonymise=true}: without personal data nor interview
 * syntheses); {@code POST /v1/import} checks every line first and stores all of them or none.
 */
@RestController
class TransferController {
    private final PlieJson json;
    private final PlieJdbc plie;
    private final long maxBytes;

    TransferController(PlieJson json, PlieJdbc plie, PlieSettings settings) {
        this.json = json;
        this.plie = plie;
        this.maxBytes = settings.maxRequestBytes();
    }

    @GetMapping(path = "/v1/export", produces = AssessmentController.NDJSON)
    void export(
            @RequestParam(defaultValue = "false") boolean pseudonymise,
            HttpServletResponse response,
            Authentication authentication)
            throws IOException {
        var repositories = pseudonymise
                ? plie.pseudonymised()
                : plie.repositories(Caller.of(authentication).name());
        response.setContentType(AssessmentController.NDJSON);
        OutputStream out = response.getOutputStream();
        try (NdjsonWriter<ParcoursDocument> writer = json.writeNdjson(PlieDocument.PARCOURS, out);
                Stream<Parcours> all = repositories.parcours().streamAll()) {
            for (Parcours p : (Iterable<Parcours>) all::iterator) {
                writer.write(repositories
                        .participants()
                        .findById(p.participant())
                        .map(participant -> ParcoursDocument.of(p, participant))
                        .getOrElse(() -> ParcoursDocument.of(p)));
            }
        }
    }

    @PostMapping(path = "/v1/import", consumes = AssessmentController.NDJSON)
    Map<String, Object> importNdjson(HttpServletRequest request, Authentication authentication) {
        Locale locale = Language.of(request);
        List<ParcoursDocument> documents = new ArrayList<>();
        List<Located> errors = new ArrayList<>();
        int badLines = 0;
        try (NdjsonReader<ParcoursDocument> reader =
                json.readNdjson(PlieDocument.PARCOURS, Bodies.limited(request, maxBytes))) {
            while (reader.hasNext()) {
                NdjsonLine<ParcoursDocument> line = reader.next();
                if (line.result().isValid()) {
                    documents.add(line.result().value().get());
                } else {
                    badLines++;
                    line.result().errors().forEach(e -> errors.add(Located.of(e, locale)));
                }
            }
        } catch (Bodies.TooLarge e) {
            throw ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, "request.too-large", maxBytes);
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "import.invalid", List.of(badLines), errors);
        }
        Map<String, Participant> participants = new LinkedHashMap<>();
        documents.forEach(d -> d.participant().forEach(p -> participants.put(p.id().value(), p)));
        var repositories = plie.repositories(Caller.of(authentication).name());
        // participants first: one the database refuses (a NUL character) stops the transfer before any parcours
        participants
                .values()
                .forEach(participant -> repositories
                        .participants()
                        .save(participant)
                        .getOrElseThrow(rejection -> ApiProblem.rejected(HttpStatus.BAD_REQUEST, rejection)));
        var saved = repositories.saveNew(
                documents.stream().map(ParcoursDocument::parcours).toList());
        if (saved.isLeft()) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "import.duplicate");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("parcours", documents.size());
        result.put("participants", participants.size());
        return result;
    }
}
