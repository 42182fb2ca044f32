package fr.plie.adapter.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * Limits that protect a reader from hostile or broken input. Each one exceeded gives a located error
 * ({@code limit.*}) instead of exhausting memory. For NDJSON, the document length applies to each line.
 *
 * @param maxDocumentLength characters (or bytes) of one document
 * @param maxNestingDepth nesting of objects and arrays (the format itself needs 6)
 * @param maxStringLength characters of one string
 * @param maxNumberLength characters of one number
 * @param maxNameLength characters of one field name
 * @param maxArrayLength elements of one array
 */
public record JsonLimits(
        long maxDocumentLength,
        int maxNestingDepth,
        int maxStringLength,
        int maxNumberLength,
        int maxNameLength,
        int maxArrayLength) {
    /** 4 MiB documents, depth 32, strings of 100,000 characters, numbers of 100, names of 200, arrays of 10,000. */
    public static final JsonLimits DEFAULTS = new JsonLimits(4L << 20, 32, 100_000, 100, 200, 10_000);

    /**
     * Checks the limits.
     *
     * @param maxDocumentLength characters (or bytes) of one document, at least 2
     * @param maxNestingDepth nesting of objects and arrays (the format itself needs 6)
     * @param maxStringLength characters of one string
     * @param maxNumberLength characters of one number
     * @param maxNameLength characters of one field name
     * @param maxArrayLength elements of one array, 0 or more
     * @throws IllegalArgumentException if a limit is below its minimum
     */
    public JsonLimits {
        if (maxDocumentLength < 2
                || maxNestingDepth < 1
                || maxStringLength < 1
                || maxNumberLength < 1
                || maxNameLength < 1
                || maxArrayLength < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * The same limits with another document length.
     *
     * @param value characters (or bytes) of one document
     * @return the new limits
     */
    public JsonLimits withMaxDocumentLength(long value) {
        return new JsonLimits(value, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxArrayLength);
    }

    /**
     * The same limits with another nesting depth.
     *
     * @param value nesting of objects and arrays
     * @return the new limits
     */
    public JsonLimits withMaxNestingDepth(int value) {
        return new JsonLimits(
                maxDocumentLength, value, maxStringLength, maxNumberLength, maxNameLength, maxArrayLength);
    }

    /**
     * The same limits with another string length.
     *
     * @param value characters of one string
     * @return the new limits
     */
    public JsonLimits withMaxStringLength(int value) {
        return new JsonLimits(
                maxDocumentLength, maxNestingDepth, value, maxNumberLength, maxNameLength, maxArrayLength);
    }

    /**
     * The same limits with another number length.
     *
     * @param value characters of one number
     * @return the new limits
     */
    public JsonLimits withMaxNumberLength(int value) {
        return new JsonLimits(
                maxDocumentLength, maxNestingDepth, maxStringLength, value, maxNameLength, maxArrayLength);
    }

    /**
     * The same limits with another array length.
     *
     * @param value elements of one array
     * @return the new limits
     */
    public JsonLimits withMaxArrayLength(int value) {
        return new JsonLimits(
                maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, value);
    }

    /** The limits Jackson's parser enforces itself; the array length is checked by plie. */
    StreamReadConstraints toConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxDocumentLength)
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxNumberLength(maxNumberLength)
                .maxNameLength(maxNameLength)
                .build();
    }
}
