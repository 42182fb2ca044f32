package fr.plie.server.api;

import fr.plie.adapter.json.JsonError;
import fr.plie.adapter.json.JsonErrorCode;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.adapter.json.ReadResult;
import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * Request bodies within the size limit: a declared length over it is refused before reading (413), and a body
 * sent without a length is cut at the limit while it is read.
 */
final class Bodies {
    private static final int SHORT_BODY = 1024 * 1024;

    private Bodies() {}

    /** The body of {@code request}, read as it arrives, failing with {@link TooLarge} past {@code max} bytes. */
    static InputStream limited(HttpServletRequest request, long max) {
        long declared = request.getContentLengthLong();
        if (declared > max) {
            throw ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, "request.too-large", max);
        }
        try {
            return new Limited(request.getInputStream(), max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One v1 document from the body: its value, or a 400 problem with every located error (413 when too long). */
    static <T> T document(PlieJson json, PlieDocument<T> type, HttpServletRequest request, long max) {
        ReadResult<T> result = json.read(type, bytes(request, max));
        if (result.isValid()) {
            return result.value().get();
        }
        throw invalid(result.errors(), Language.of(request));
    }

    /**
     * The whole body (413 past {@code max} bytes), read into one array of its declared length when it has a short
     * one (a longer one grows as it arrives: a declared length alone reserves no memory).
     */
    private static byte[] bytes(HttpServletRequest request, long max) {
        try (InputStream in = limited(request, max)) {
            long declared = request.getContentLengthLong();
            if (declared < 0 || declared > SHORT_BODY) {
                return in.readAllBytes();
            }
            byte[] body = new byte[(int) declared];
            int read = in.readNBytes(body, 0, body.length);
            return read == body.length ? body : Arrays.copyOf(body, read);
        } catch (TooLarge e) {
            throw ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, "request.too-large", max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApiProblem invalid(List<JsonError> errors, Locale locale) {
        boolean tooLong = errors.stream().anyMatch(e -> e.code() == JsonErrorCode.LIMIT_DOCUMENT_LENGTH);
        return new ApiProblem(
                tooLong ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                "document.invalid",
                List.of(errors.size()),
                errors.stream().map(e -> Located.of(e, locale)).toList());
    }

    /** Thrown by a limited body read past its limit. */
    static final class TooLarge extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        final long max;

        TooLarge(long max) {
            super("request body over the limit", new IOException("request body over the limit"));
            this.max = max;
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new TooLarge(max);
            }
        }
    }
}
