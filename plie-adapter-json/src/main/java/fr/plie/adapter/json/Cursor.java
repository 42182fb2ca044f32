package fr.plie.adapter.json;

import fr.plie.adapter.json.JsonError.Severity;
import fr.plie.core.common.Id;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the format from a Jackson token stream and collects every error it meets, each located by JSON Pointer,
 * line and column. Readers are called with the parser on the first token of their value and leave it on the
 * last; they return null for a JSON null or after recording an error, and object readers build their value only
 * when nothing inside failed, so no half-built object escapes.
 */
final class Cursor {
    private static final int MAX_QUOTED_NAME = 64;

    final JsonParser parser;
    private final ReadOptions options;
    private final List<JsonError> errors = new ArrayList<>();
    private final List<JsonError> warnings = new ArrayList<>();

    private Fields<?>[] frameFields = new Fields<?>[16];
    private long[] frameSeen = new long[16];
    private long[] frameNonNull = new long[16];
    private int[] frameErrors = new int[16];
    private int depth;

    Cursor(JsonParser parser, ReadOptions options) {
        this.parser = parser;
        this.options = options;
    }

    List<JsonError> errors() {
        return errors;
    }

    List<JsonError> warnings() {
        return warnings;
    }

    int errorCount() {
        return errors.size();
    }

    JsonToken token() {
        return parser.currentToken();
    }

    // ---- objects

    /**
     * Enters the object at the current token; -1 (with an error) if the value is not an object. On -1,
     * {@link #next} returns null and {@link #end} false, so a reader needs no check of its own.
     */
    int begin(Fields<?> fields) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            typeError("object");
            return -1;
        }
        int d = ++depth;
        if (d == frameFields.length) {
            frameFields = Arrays.copyOf(frameFields, d * 2);
            frameSeen = Arrays.copyOf(frameSeen, d * 2);
            frameNonNull = Arrays.copyOf(frameNonNull, d * 2);
            frameErrors = Arrays.copyOf(frameErrors, d * 2);
        }
        frameFields[d] = fields;
        frameSeen[d] = 0;
        frameNonNull[d] = 0;
        frameErrors[d] = errors.size();
        return d;
    }

    /** {@link #begin}, but a null value is -1 without an error: an optional object given as null. */
    int beginNullable(Fields<?> fields) {
        return parser.currentToken() == JsonToken.VALUE_NULL ? -1 : begin(fields);
    }

    /**
     * Moves to the value of the next known field of {@code frame} and returns it (a constant of the enum of the
     * {@link Fields} given to {@link #begin}), or null at the end of the object. Unknown and duplicate fields are
     * reported and skipped; a null in a required field is reported.
     */
    @SuppressWarnings("unchecked")
    <E extends Enum<E>> E next(int frame) {
        if (frame < 0) {
            return null;
        }
        Fields<?> fields = frameFields[frame];
        while (true) {
            if (parser.nextToken() == JsonToken.END_OBJECT) {
                return null;
            }
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            Enum<?> field = fields.byKey(name);
            if (field == null) {
                report(
                        options.lenient() ? Severity.WARNING : Severity.ERROR,
                        JsonErrorCode.FIELD_UNKNOWN,
                        pointer(),
                        location(),
                        quoted(name));
                parser.skipChildren();
                continue;
            }
            long bit = 1L << field.ordinal();
            if ((frameSeen[frame] & bit) != 0) {
                error(JsonErrorCode.FIELD_DUPLICATE, name);
                parser.skipChildren();
                continue;
            }
            frameSeen[frame] |= bit;
            if (value == JsonToken.VALUE_NULL) {
                if ((fields.required & bit) != 0) {
                    error(JsonErrorCode.FIELD_REQUIRED, name);
                    continue;
                }
            } else {
                frameNonNull[frame] |= bit;
            }
            return (E) field;
        }
    }

    /**
     * Reads the object at the current token, each known field by {@code read}, into the values of its fields;
     * {@link Values#ok} tells whether nothing failed, and {@link Values#frame} is left for {@link #fit}.
     */
    <E extends Enum<E>> Values<E> values(Fields<E> fields, FieldReader<E> read) {
        int f = begin(fields);
        Object[] values = new Object[fields.constants.length];
        for (E k; (k = next(f)) != null; ) {
            values[k.ordinal()] = read.read(this, k);
        }
        return new Values<>(values, f, end(f));
    }

    /** {@link #values}, or null when anything inside the object failed: what most object readers want. */
    <E extends Enum<E>> Values<E> object(Fields<E> fields, FieldReader<E> read) {
        Values<E> v = values(fields, read);
        return v.ok() ? v : null;
    }

    /** The value {@code read} reads, or null without an error for a JSON null: an optional value given as null. */
    <T> T nullable(Function<Cursor, T> read) {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : read.apply(this);
    }

    /** Reads the value of one field of an object, the parser on its first token. */
    @FunctionalInterface
    interface FieldReader<E> {
        Object read(Cursor c, E field);
    }

    /** Whether {@code field} of {@code frame} was seen so far (null or not). */
    boolean seen(int frame, Enum<?> field) {
        return frame >= 0 && (frameSeen[frame] & (1L << field.ordinal())) != 0;
    }

    /**
     * Leaves the object (the parser is on its end): reports the required fields that were absent and returns
     * whether nothing inside the object failed.
     */
    boolean end(int frame) {
        if (frame < 0) {
            return false;
        }
        Fields<?> fields = frameFields[frame];
        for (long missing = fields.required & ~frameSeen[frame]; missing != 0; missing &= missing - 1) {
            missingField(fields.constants[Long.numberOfTrailingZeros(missing)].name());
        }
        depth = frame - 1;
        return errors.size() == frameErrors[frame];
    }

    /**
     * Checks, just after {@link #end}, the fields of an object whose shape depends on one of its values (a step's
     * {@code kind}, a decision's {@code type}): reports each field seen that {@code variant} does not allow and
     * each it requires that is absent or null (a null is left to the error already reported when anything inside
     * failed). Returns whether the object is still free of errors.
     */
    <E extends Enum<E>> boolean fit(int frame, Set<E> allowed, Set<E> required, String variant) {
        if (frame < 0) {
            return false;
        }
        Fields<?> fields = frameFields[frame];
        boolean clean = errors.size() == frameErrors[frame];
        for (long extra = frameSeen[frame] & ~Fields.bits(allowed); extra != 0; extra &= extra - 1) {
            String name = fields.constants[Long.numberOfTrailingZeros(extra)].name();
            errorAt(JsonErrorCode.FIELD_NOT_ALLOWED, child(name), name, variant);
        }
        long present = clean ? frameNonNull[frame] : frameSeen[frame];
        for (long missing = Fields.bits(required) & ~present; missing != 0; missing &= missing - 1) {
            missingField(fields.constants[Long.numberOfTrailingZeros(missing)].name());
        }
        return errors.size() == frameErrors[frame];
    }

    /**
     * Whether {@code values}, the list in field {@code name} of the object the parser is at the end of, holds
     * each value once; reports {@code rule.duplicate} otherwise (a value listed twice is a typing error a set
     * would hide).
     */
    boolean distinct(List<?> values, String name) {
        return distinct(values, v -> v, name);
    }

    /** {@link #distinct(List, String)}, two values being the same when their {@code key} is. */
    <T> boolean distinct(List<T> values, Function<T, ?> key, String name) {
        if (values == null || values.stream().map(key).distinct().count() == values.size()) {
            return true;
        }
        errorAt(JsonErrorCode.RULE_DUPLICATE, child(name), name);
        return false;
    }

    /**
     * Whether the date of field {@code name} (a path below the object the parser is at the end of) is absent or
     * not before the date of field {@code earlierName}; reports {@code rule.date-order} at it otherwise.
     */
    boolean inOrder(LocalDate earlier, LocalDate date, String name, String earlierName) {
        if (date == null || !date.isBefore(earlier)) {
            return true;
        }
        errorAt(JsonErrorCode.RULE_DATE_ORDER, pointer() + "/" + name, name, earlierName);
        return false;
    }

    /** Reports {@code name} as required but absent from the object the parser is at the end of. */
    void missingField(String name) {
        errorAt(JsonErrorCode.FIELD_REQUIRED, child(name), name);
    }

    /** The pointer of field {@code name} of the object the parser is at the end of. */
    String child(String name) {
        return pointer() + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    // ---- arrays

    /** Reads an array (absent or null reads as empty); elements that are null are errors. */
    <T> List<T> list(String elementType, Function<Cursor, T> element) {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            // not List.of(): callers ask contains(null), which List.of() answers with an exception
            return java.util.Collections.emptyList();
        }
        if (t != JsonToken.START_ARRAY) {
            typeError("array");
            return null;
        }
        List<T> out = new ArrayList<>();
        int limit = options.limits().maxArrayLength();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (out.size() == limit) {
                error(JsonErrorCode.LIMIT_ARRAY_LENGTH, limit);
                do {
                    parser.skipChildren();
                } while (parser.nextToken() != JsonToken.END_ARRAY);
                return null;
            }
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                typeError(elementType);
                out.add(null);
            } else {
                out.add(element.apply(this));
            }
        }
        return out;
    }

    /** Whether a list {@link #list} read holds every element: none of them failed (a reader's null). */
    static boolean whole(List<?> list) {
        return list != null && !list.contains(null);
    }

    // ---- scalars

    /** A non-blank string of at most {@code maxLength} characters (code points). */
    String text(int maxLength) {
        if (!expectString("string")) {
            return null;
        }
        String s = parser.getString();
        if (s.isBlank()) {
            error(JsonErrorCode.VALUE_BLANK);
            return null;
        }
        // characters are code points, as the schema's maxLength counts them
        if (s.length() > maxLength && s.codePointCount(0, s.length()) > maxLength) {
            error(JsonErrorCode.VALUE_TOO_LONG, maxLength);
            return null;
        }
        return s;
    }

    /** A pseudonymous identifier (see {@link Id}). */
    String id() {
        return valid(Id::isValid, JsonErrorCode.VALUE_ID);
    }

    /** A string matching {@code format} (checked by the caller), reported with {@code code} otherwise. */
    String matching(java.util.regex.Pattern format, JsonErrorCode code) {
        return valid(s -> format.matcher(s).matches(), code);
    }

    private String valid(Predicate<String> valid, JsonErrorCode code) {
        if (!expectString("string")) {
            return null;
        }
        String s = parser.getString();
        if (!valid.test(s)) {
            error(code);
            return null;
        }
        return s;
    }

    /** An ISO-8601 calendar date, {@code yyyy-MM-dd}. */
    LocalDate date() {
        if (!expectString("date")) {
            return null;
        }
        String s = parser.getString();
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (DateTimeException e) {
                    // falls through to the error: a month 13 or a 30 February
                }
            }
        }
        error(JsonErrorCode.VALUE_DATE);
        return null;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** One of the codes of {@code type} (the Java enum names). */
    <E extends Enum<E>> E enumValue(Class<E> type) {
        return enumValue(EnumCodes.of(type));
    }

    /** One of the codes of {@code values} (the Java enum names). */
    <E extends Enum<E>> E enumValue(EnumCodes<E> values) {
        if (!expectString("string")) {
            return null;
        }
        E e = values.byCode().get(parser.getString());
        if (e == null) {
            error(JsonErrorCode.VALUE_ENUM, values.list());
        }
        return e;
    }

    Boolean bool() {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (t != JsonToken.VALUE_NULL) {
            typeError("boolean");
        }
        return null;
    }

    /** An integer between {@code min} and {@code max}. */
    Long integer(long min, long max) {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            typeError("integer");
            return null;
        }
        // the message of value.range says "above {0}": for whole numbers that is the integer below min
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                || parser.getLongValue() < min
                || parser.getLongValue() > max) {
            error(JsonErrorCode.VALUE_RANGE, min - 1, max);
            return null;
        }
        return parser.getLongValue();
    }

    /**
     * A decimal above {@code minExclusive} and at most {@code max}, with at most {@code maxScale} decimal places
     * once trailing zeros are dropped. The scale written is kept (35.0 stays 35.0); a negative scale (1E+1)
     * reads as a whole number.
     */
    BigDecimal decimal(BigDecimal minExclusive, BigDecimal max, int maxScale) {
        return decimal(
                v -> v.compareTo(minExclusive) > 0 && v.compareTo(max) <= 0,
                maxScale,
                JsonErrorCode.VALUE_RANGE,
                minExclusive.toPlainString(),
                max.toPlainString());
    }

    /** A decimal from 0 to {@code max} inclusive (a share, a rate, an FTE), {@code value.between} however far out. */
    BigDecimal between(BigDecimal max, int maxScale) {
        return decimal(
                v -> v.signum() >= 0 && v.compareTo(max) <= 0,
                maxScale,
                JsonErrorCode.VALUE_BETWEEN,
                "0",
                max.toPlainString());
    }

    private BigDecimal decimal(
            Predicate<BigDecimal> inRange, int maxScale, JsonErrorCode outOfRange, Object... bounds) {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            typeError("number");
            return null;
        }
        BigDecimal v;
        try {
            v = parser.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            v = null;
        }
        // range first: a huge exponent must never reach setScale
        if (v == null || !inRange.test(v)) {
            error(outOfRange, bounds);
            return null;
        }
        if (v.scale() > maxScale && v.stripTrailingZeros().scale() > maxScale) {
            error(JsonErrorCode.VALUE_PRECISION, maxScale);
            return null;
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private boolean expectString(String expected) {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return true;
        }
        if (t != JsonToken.VALUE_NULL) {
            typeError(expected);
        }
        return false;
    }

    /** Reports that the current value is not of the {@code expected} JSON type, and skips it. */
    void typeError(String expected) {
        error(JsonErrorCode.VALUE_TYPE, expected);
        parser.skipChildren();
    }

    // ---- reporting

    /** An error at the current value. */
    void error(JsonErrorCode code, Object... args) {
        report(Severity.ERROR, code, pointer(), location(), args);
    }

    /** Where the current value is, to report an error about it once the values it depends on are read. */
    Spot spot() {
        return new Spot(pointer(), location());
    }

    /** An error at a value read earlier. */
    void errorAt(Spot spot, JsonErrorCode code, Object... args) {
        report(Severity.ERROR, code, spot.pointer(), spot.at(), args);
    }

    /** A warning at the current value: the document is read all the same. */
    void warning(JsonErrorCode code, Object... args) {
        report(Severity.WARNING, code, pointer(), location(), args);
    }

    /** The pointer and position of a value. */
    record Spot(String pointer, TokenStreamLocation at) {}

    /** An error at {@code pointer}, located at the current token (the end of the object holding the field). */
    void errorAt(JsonErrorCode code, String pointer, Object... args) {
        report(Severity.ERROR, code, pointer, location(), args);
    }

    /** A fatal error raised by the parser: the document cannot be read further. */
    void fatal(JacksonException e) {
        TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : safeLocation();
        report(Severity.ERROR, Fatal.codeOf(e), safePointer(), at, Fatal.argsOf(e, options.limits()));
    }

    private void report(Severity severity, JsonErrorCode code, String pointer, TokenStreamLocation at, Object... args) {
        long line = options.line() > 0 ? options.line() : Math.max(0, at.getLineNr());
        JsonError e = new JsonError(severity, code, pointer, line, Math.max(0, at.getColumnNr()), List.of(args));
        (severity == Severity.ERROR ? errors : warnings).add(e);
    }

    String pointer() {
        return parser.streamReadContext().pathAsPointer().toString();
    }

    private TokenStreamLocation location() {
        return parser.currentTokenLocation();
    }

    private String safePointer() {
        try {
            return pointer();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private TokenStreamLocation safeLocation() {
        try {
            return parser.currentLocation();
        } catch (RuntimeException e) {
            return TokenStreamLocation.NA;
        }
    }

    /** Field names come from the input: quoted short, never as a value. */
    private static String quoted(String name) {
        return name.length() <= MAX_QUOTED_NAME ? name : name.substring(0, MAX_QUOTED_NAME) + "…";
    }

    /** The codes of an enum, as the format writes them (the Java names), with the list cited in errors. */
    record EnumCodes<E extends Enum<E>>(Map<String, E> byCode, String list) {
        /** Built once per enum, on first use. */
        private static final ClassValue<EnumCodes<?>> ALL = new ClassValue<>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            protected EnumCodes<?> computeValue(Class<?> type) {
                return build((Class) type);
            }
        };

        @SuppressWarnings("unchecked")
        static <E extends Enum<E>> EnumCodes<E> of(Class<E> type) {
            return (EnumCodes<E>) ALL.get(type);
        }

        private static <E extends Enum<E>> EnumCodes<E> build(Class<E> type) {
            return of(List.of(type.getEnumConstants()));
        }

        /** Some codes only, cited in the order given. */
        static <E extends Enum<E>> EnumCodes<E> of(List<E> codes) {
            return new EnumCodes<E>(
                    codes.stream().collect(Collectors.toUnmodifiableMap(Enum::name, e -> e)),
                    codes.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
