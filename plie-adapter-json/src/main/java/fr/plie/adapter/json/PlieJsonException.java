package fr.plie.adapter.json;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by the deserializers of {@link PlieJacksonModule} when a document read through a plain Jackson mapper is
 * invalid; it carries the same located errors that {@link PlieJson} returns as values.
 */
public final class PlieJsonException extends DatabindException {
    private static final long serialVersionUID = 1L;

    private final transient List<JsonError> errors;

    PlieJsonException(JsonParser parser, List<JsonError> errors) {
        super(
                parser,
                errors.size() + " error(s) in a plie document, first: "
                        + errors.get(0).message(java.util.Locale.ENGLISH));
        this.errors = List.copyOf(errors);
    }

    /**
     * Every error found in the document.
     *
     * @return the errors
     */
    public List<JsonError> errors() {
        return errors;
    }
}
