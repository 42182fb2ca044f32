package fr.plie.adapter.json;

import java.io.CharConversionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/** Translates the parser's exceptions into documented codes; the parser's own text never reaches users. */
final class Fatal {
    private Fatal() {}

    static JsonErrorCode codeOf(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (message.contains("getMaxDocumentLength")) {
                return JsonErrorCode.LIMIT_DOCUMENT_LENGTH;
            } else if (message.contains("getMaxNestingDepth")) {
                return JsonErrorCode.LIMIT_NESTING_DEPTH;
            } else if (message.contains("getMaxStringLength")) {
                return JsonErrorCode.LIMIT_STRING_LENGTH;
            } else if (message.contains("getMaxNumberLength")) {
                return JsonErrorCode.LIMIT_NUMBER_LENGTH;
            } else if (message.contains("getMaxNameLength")) {
                return JsonErrorCode.LIMIT_NAME_LENGTH;
            }
            return JsonErrorCode.LIMIT_OTHER;
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
        return switch (codeOf(e)) {
            case LIMIT_DOCUMENT_LENGTH -> new Object[] {limits.maxDocumentLength()};
            case LIMIT_NESTING_DEPTH -> new Object[] {limits.maxNestingDepth()};
            case LIMIT_STRING_LENGTH -> new Object[] {limits.maxStringLength()};
            case LIMIT_NUMBER_LENGTH -> new Object[] {limits.maxNumberLength()};
            case LIMIT_NAME_LENGTH -> new Object[] {limits.maxNameLength()};
            default -> new Object[0];
        };
    }
}
