package fr.plie.server.api;

import fr.plie.core.internal.MessageBundle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problems as RFC 9457 {@code application/problem+json}: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, plus plie's stable {@code code} and the located {@code errors}. Texts in
 * French unless the request prefers English; never a stack trace.
 */
public final class Problems {
    public static final MessageBundle MESSAGES =
            new MessageBundle("fr.plie.server.messages", Problems.class::getResourceAsStream);
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Problems() {}

    /** The body of {@code problem} for {@code request}. */
    public static Map<String, Object> body(ApiProblem problem, HttpServletRequest request) {
        Locale locale = Language.of(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://plie.fr/problemes/" + problem.code());
        body.put("title", MESSAGES.render("status." + problem.status().value(), List.of(), locale));
        body.put("status", problem.status().value());
        body.put(
                "detail",
                problem.rejection() != null
                        ? problem.rejection().message(locale)
                        : MESSAGES.render(problem.code(), problem.args(), locale));
        body.put("instance", request.getRequestURI());
        body.put("code", problem.code());
        body.put("errors", problem.errors().stream().map(Located::toMap).toList());
        return body;
    }

    public static ResponseEntity<Object> response(ApiProblem problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.status())
                .contentType(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, Language.of(request).getLanguage())
                .body(body(problem, request));
    }

    /** For filters and security handlers, which write the response themselves. */
    public static void write(ApiProblem problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(problem.status().value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, Language.of(request).getLanguage());
        MAPPER.writeValue(response.getOutputStream(), body(problem, request));
    }

    public static ApiProblem status(HttpStatus status, String code, Object... args) {
        return ApiProblem.of(status, code, args);
    }
}
