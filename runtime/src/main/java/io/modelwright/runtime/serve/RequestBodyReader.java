package io.modelwright.runtime.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a request body with a hard cap. The JDK server enforces no limit itself, so reading at most
 * {@code max + 1} bytes is what stops a huge body, whether sent with Content-Length or chunked.
 */
final class RequestBodyReader {
    private final long maxBytes;

    RequestBodyReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @throws HttpError 413 when the body is larger than the cap */
    byte[] read(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        long declared = -1;
        if (length != null) {
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("Content-Length is not a number.");
            }
            if (declared > maxBytes) {
                throw tooLarge();
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            if (declared >= 0 && exchange.getRequestHeaders().getFirst("Transfer-Encoding") == null) {
                // The usual case: read into an array of the declared size, not readNBytes' 8 KB chunks and copy.
                byte[] body = new byte[(int) declared];
                int n = in.readNBytes(body, 0, body.length);
                return n == body.length ? body : Arrays.copyOf(body, n);
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        }
    }

    private HttpError tooLarge() {
        return new HttpError(413, "The request body is larger than " + (maxBytes / (1024 * 1024))
                + " MB. Send fewer rows per request (or raise SCORER_MAX_BODY_MB).");
    }
}
