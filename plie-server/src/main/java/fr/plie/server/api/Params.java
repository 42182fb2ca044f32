package fr.plie.server.api;

import fr.plie.rules.exit.ExitPolicy;
import fr.plie.server.config.Policies;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;

/** Query parameters read with a located problem when they are wrong. */
final class Params {
    static final int MAX_PAGE_SIZE = 500;

    private Params() {}

    /** {@code value} as a date, {@code otherwise} when absent. */
    /** The exit policy a request names ({@code ?policy=}), the PLIE's own when absent; 400 when unknown. */
    static ExitPolicy exitPolicy(Policies policies, String name) {
        return policies.exitPolicy(name)
                .getOrElseThrow(() -> ApiProblem.of(
                        HttpStatus.BAD_REQUEST, "policy.unknown", name, String.join(", ", Policies.exitPresetNames())));
    }

    static LocalDate date(String name, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "date.invalid", name);
        }
    }

    static void page(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "page.invalid", MAX_PAGE_SIZE);
        }
    }

    static <E extends Enum<E>> E code(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "request.parameter-invalid", name);
        }
    }
}
