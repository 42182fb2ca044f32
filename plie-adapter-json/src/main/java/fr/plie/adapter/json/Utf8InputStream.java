package fr.plie.adapter.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Encodes characters to UTF-8 on the fly, so NDJSON from a {@link Reader} goes through the byte splitter. */
final class Utf8InputStream extends InputStream {
    private final Reader in;
    // an unpaired surrogate, which no UTF-8 text can hold, becomes U+FFFD
    private final CharsetEncoder encoder = StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8 * 1024);
    private final ByteBuffer bytes = ByteBuffer.allocate(32 * 1024);
    private boolean eof;

    Utf8InputStream(Reader in) {
        this.in = in;
        chars.flip();
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (!bytes.hasRemaining()) {
            if (eof && !chars.hasRemaining()) {
                return -1;
            }
            if (!eof) {
                chars.compact();
                int n = in.read(chars);
                chars.flip();
                eof = n < 0;
            }
            bytes.clear();
            CoderResult r = encoder.encode(chars, bytes, eof);
            if (eof && r.isUnderflow()) {
                encoder.flush(bytes);
            }
            bytes.flip();
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
