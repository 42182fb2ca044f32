package fr.plie.adapter.json;

/**
 * How a document is read.
 *
 * @param lenient unknown fields are warnings instead of errors
 * @param line the NDJSON line the document sits on, reported instead of the parser's line; 0 for a lone document
 */
record ReadOptions(boolean lenient, JsonLimits limits, long line) {
    ReadOptions onLine(long newLine) {
        return new ReadOptions(lenient, limits, newLine);
    }
}
