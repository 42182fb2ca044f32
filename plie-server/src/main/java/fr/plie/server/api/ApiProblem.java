package fr.plie.server.api;

import fr.plie.core.common.Rejection;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses: the HTTP status, a stable code (the key of its text in {@code
 * fr/plie/server/messages*.properties}), the text's arguments (never a value read from the request, so no
 * personal data reaches a response or a log) and the located errors behind it. Written as RFC 9457 problem+json.
 */
public final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String code;
    private final transient List<Object> args;
    private final transient List<Located> errors;
    private final transient Rejection rejection;

    public ApiProblem(HttpStatus status, String code, List<?> args, List<Located> errors) {
        super(code, null, false, false); // no stack trace: a refusal is not a failure
        this.status = status;
        this.code = code;
        this.args = List.copyOf(args);
        this.errors = List.copyOf(errors);
        this.rejection = null;
    }

    private ApiProblem(HttpStatus status, Rejection rejection) {
        super(rejection.code(), null, false, false);
        this.status = status;
        this.code = rejection.code();
        this.args = List.of();
        this.errors = List.of();
        this.rejection = rejection;
    }

    /** A command the lifecycle or the store refused: its code and text are the library's own. */
    public static ApiProblem rejected(HttpStatus status, Rejection rejection) {
        return new ApiProblem(status, rejection);
    }

    /** The library's rejection behind this problem, if any. */
    public Rejection rejection() {
        return rejection;
    }

    public static ApiProblem of(HttpStatus status, String code, Object... args) {
        return new ApiProblem(status, code, List.of(args), List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    public List<Located> errors() {
        return errors;
    }
}
