package fr.plie.adapter.json;

import java.io.CharConversionException;
import java.util.Arrays;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/** Translates the parser's exceptions into documented codes; the parser's own text never reaches users. */
final class Fatal {
    private Fatal() {}

    /** The parser's limits, as its messages name their getters, with the limit each error cites. */
    private enum Limit {
        getMaxDocumentLength(JsonErrorCode.LIMIT_DOCUMENT_LENGTH, JsonLimits::maxDocumentLength),
        getMaxNestingDepth(JsonErrorCode.LIMIT_NESTING_DEPTH, JsonLimits::maxNestingDepth),
        getMaxStringLength(JsonErrorCode.LIMIT_STRING_LENGTH, JsonLimits::maxStringLength),
        getMaxNumberLength(JsonErrorCode.LIMIT_NUMBER_LENGTH, JsonLimits::maxNumberLength),
        getMaxNameLength(JsonErrorCode.LIMIT_NAME_LENGTH, JsonLimits::maxNameLength);

        final JsonErrorCode code;
        final Function<JsonLimits, Object> value;

        Limit(JsonErrorCode code, Function<JsonLimits, Object> value) {
            this.code = code;
            this.value = value;
        }
    }

    static JsonErrorCode codeOf(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return Arrays.stream(Limit.values())
                    .filter(l -> message.contains(l.name()))
                    .map(l -> l.code)
                    .findFirst()
                    .orElse(JsonErrorCode.LIMIT_OTHER);
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return JsonErrorCode.TRUNCATED;
        }
        if (e.getCause() instanceof CharConversionException
                || message.contains("UTF-8")
                || message.contains("UTF-32")
                || message.contains("surrogate")) {
            return JsonErrorCode.ENCODING;
        }
        return JsonErrorCode.SYNTAX;
    }

    static Object[] argsOf(JacksonException e, JsonLimits limits) {
        JsonErrorCode code = codeOf(e);
        return Arrays.stream(Limit.values())
                .filter(l -> l.code == code)
                .map(l -> l.value.apply(limits))
                .toArray();
    }
}
