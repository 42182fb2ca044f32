package fr.plie.adapter.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits an NDJSON byte stream into lines without decoding it (a newline byte never occurs inside a UTF-8
 * sequence), so invalid UTF-8 stays visible to the parser. Memory is bounded by the longest line allowed: a
 * longer line is skipped to its end and flagged, never buffered.
 */
final class LineSource implements Closeable {
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final int maxLine;
    private final byte[] chunk = new byte[CHUNK];
    private int pos;
    private int limit;
    private boolean eof;

    private byte[] line = new byte[8 * 1024];
    private int length;
    private boolean tooLong;
    private long number;

    private LineSource(InputStream in, long maxLine) {
        this.in = in;
        this.maxLine = (int) Math.min(maxLine, Integer.MAX_VALUE - 16);
    }

    static LineSource of(InputStream in, JsonLimits limits) {
        return new LineSource(in, limits.maxDocumentLength());
    }

    static LineSource of(Reader in, JsonLimits limits) {
        return new LineSource(new Utf8InputStream(in), limits.maxDocumentLength());
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() {
        if (eof && pos >= limit) {
            return false;
        }
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos >= limit && !fill()) {
                if (!any) {
                    return false;
                }
                break;
            }
            any = true;
            int start = pos;
            int nl = indexOf(chunk, start, limit);
            int end = nl < 0 ? limit : nl;
            append(start, end);
            pos = nl < 0 ? limit : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        number++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int to) {
        int n = to - from;
        if (tooLong || (long) length + n > maxLine) {
            tooLong = true;
            return;
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLine, Math.max(line.length * 2, length + n)));
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            int n = in.read(chunk, 0, CHUNK);
            if (n <= 0) {
                eof = n < 0;
                pos = 0;
                limit = 0;
                return !eof && fill();
            }
            pos = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the current line. */
    long number() {
        return number;
    }

    /** Whether the current line was longer than the document limit (its content is not kept). */
    boolean tooLong() {
        return tooLong;
    }

    /** Whether the current line holds only spaces and tabs: such lines are skipped. */
    boolean blank() {
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return !tooLong;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
