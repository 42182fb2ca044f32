package fr.plie.adapter.json;

/**
 * One line of an NDJSON stream and what reading it gave; the errors' {@code line} is this line number.
 *
 * @param line the 1-based line number in the stream (blank lines count but give no result)
 */
public record NdjsonLine<T>(long line, ReadResult<T> result) {}
