package fr.plie.server.api;

import fr.plie.adapter.jdbc.BatchImport;
import fr.plie.adapter.jdbc.ImportConflict;
import fr.plie.adapter.jdbc.ImportLine;
import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.jdbc.PlieJdbcException;
import fr.plie.adapter.json.NdjsonLine;
import fr.plie.adapter.json.NdjsonReader;
import fr.plie.adapter.json.NdjsonWriter;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.parcours.Chronology;
import fr.plie.core.parcours.Parcours;
import fr.plie.server.config.PlieSettings;
import fr.plie.server.security.Caller;
import io.vavr.control.Either;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * NDJSON in and out of the database, as {@code plie import} and {@code plie export} do: {@code GET /v1/export}
 * streams every parcours with its participant ({@code ?pseudonymise=true}: without personal data nor interview
 * syntheses); {@code POST /v1/import} checks every line first, then stores all of them or none through the same
 * {@link BatchImport} as {@code plie import}: participants, parcours, audit records and journal row in one
 * transaction, so that a failure at any line leaves the database as it was.
 */
@RestController
class TransferController {
    private static final Logger LOG = LoggerFactory.getLogger(TransferController.class);

    /**
     * The conflicts that say something of the import is already stored, each with its text for an HTTP client
     * (the library's names {@code plie import}'s {@code --update}).
     */
    private static final Map<String, String> STORED = Map.of(
            ImportConflict.PARCOURS_EXISTS, "import.parcours-exists",
            ImportConflict.PARTICIPANT_DIFFERS, "import.participant-differs");

    /** The field of the line each conflict is about. */
    private static final Map<String, String> POINTERS = Map.of(
            ImportConflict.PARCOURS_EXISTS, "/id",
            BatchImport.PARCOURS_REPEATED, "/id",
            ImportConflict.PARTICIPANT_DIFFERS, "/participant");

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
        List<ImportLine> lines = new ArrayList<>();
        List<Located> errors = new ArrayList<>();
        Set<Long> badLines = new TreeSet<>();
        try (NdjsonReader<ParcoursDocument> reader =
                json.readNdjson(PlieDocument.PARCOURS, Bodies.limited(request, maxBytes))) {
            while (reader.hasNext()) {
                NdjsonLine<ParcoursDocument> line = reader.next();
                if (!line.result().isValid()) {
                    badLines.add(line.line());
                    line.result().errors().forEach(e -> errors.add(Located.of(e, locale)));
                    continue;
                }
                ParcoursDocument d = line.result().value().get();
                ImportLine importLine = new ImportLine(line.line(), d.parcours(), d.participant());
                List<Chronology.Violation> violations = importLine.chronology();
                violations.forEach(v -> errors.add(new Located(
                        v.rejection().code(),
                        v.path(),
                        line.line(),
                        0,
                        v.rejection().message(locale))));
                if (violations.isEmpty()) {
                    lines.add(importLine);
                } else {
                    badLines.add(line.line());
                }
            }
        } catch (Bodies.TooLarge e) {
            throw ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, "request.too-large", maxBytes);
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "import.invalid", List.of(badLines.size()), errors);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        if (lines.isEmpty()) {
            result.put("parcours", 0);
            result.put("participants", 0);
            return result;
        }
        // the CLI's import, as one batch: participants, parcours, audit and journal in one transaction, all or none
        BatchImport batch = plie.newOnlyImport(Caller.of(authentication).name(), "http-" + UUID.randomUUID());
        Either<List<ImportConflict>, BatchImport.BatchResult> stored;
        try {
            stored = batch.store(0, lines);
        } catch (PlieJdbcException e) {
            // the transaction rolled back: nothing of the import is stored; the state only, never a value
            LOG.error("import of {} lines failed, nothing stored: SQL state {}", lines.size(), e.sqlState());
            throw ApiProblem.of(HttpStatus.INTERNAL_SERVER_ERROR, "import.failed");
        }
        if (stored.isLeft()) {
            throw conflicts(stored.getLeft(), locale);
        }
        result.put("parcours", stored.get().parcoursCreated());
        result.put("participants", stored.get().participantsCreated());
        return result;
    }

    /**
     * The problem of an import the database refused line by line, nothing stored: {@code 409 import.duplicate}
     * when every conflict is a parcours or participant already stored, {@code 400 import.invalid} otherwise.
     */
    private static ApiProblem conflicts(List<ImportConflict> conflicts, Locale locale) {
        List<Located> errors = new ArrayList<>();
        Set<Long> lines = new TreeSet<>();
        boolean allStored = true;
        for (ImportConflict c : conflicts) {
            String code = c.rejection().code();
            String text = STORED.get(code);
            allStored &= text != null;
            lines.add(c.line());
            String detail = text == null
                    ? c.message(locale)
                    : Problems.MESSAGES.render(text, c.rejection().args(), locale);
            errors.add(new Located(code, POINTERS.getOrDefault(code, ""), c.line(), 0, detail));
        }
        return allStored
                ? new ApiProblem(HttpStatus.CONFLICT, "import.duplicate", List.of(), errors)
                : new ApiProblem(HttpStatus.BAD_REQUEST, "import.invalid", List.of(lines.size()), errors);
    }
}
