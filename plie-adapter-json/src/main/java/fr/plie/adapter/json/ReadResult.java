package fr.plie.adapter.json;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * What reading one document gave: the value when the document is valid, otherwise every error found (never a
 * half-built value), plus the warnings of a lenient read.
 *
 * @param <T> the domain type read
 */
public final class ReadResult<T> {
    private final T value;
    private final List<JsonError> errors;
    private final List<JsonError> warnings;

    private ReadResult(T value, List<JsonError> errors, List<JsonError> warnings) {
        this.value = value;
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
    }

    static <T> ReadResult<T> of(T value, List<JsonError> errors, List<JsonError> warnings) {
        return errors.isEmpty()
                ? new ReadResult<>(Objects.requireNonNull(value, "value"), errors, warnings)
                : new ReadResult<>(null, errors, warnings);
    }

    /**
     * Whether the document was read: no error (warnings allowed).
     *
     * @return whether it was read
     */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /**
     * The value read; none when there is an error.
     *
     * @return the value, if read
     */
    public Option<T> value() {
        return Option.of(value);
    }

    /**
     * Every error found, in document order; empty when the document was read.
     *
     * @return the errors
     */
    public List<JsonError> errors() {
        return errors;
    }

    /**
     * Problems that did not refuse the document (unknown fields in lenient mode).
     *
     * @return the warnings
     */
    public List<JsonError> warnings() {
        return warnings;
    }

    /**
     * The errors, or the value.
     *
     * @return the errors on the left, the value on the right
     */
    public Either<List<JsonError>, T> toEither() {
        return errors.isEmpty() ? Either.right(value) : Either.left(errors);
    }

    @Override
    public String toString() {
        return isValid() ? "ReadResult[valid, warnings=" + warnings + "]" : "ReadResult[errors=" + errors + "]";
    }
}
