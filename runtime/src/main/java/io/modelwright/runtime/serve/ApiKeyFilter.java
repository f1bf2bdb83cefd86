package io.modelwright.runtime.serve;

import com.sun.net.httpserver.Headers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks the optional API key ({@code Authorization: Bearer KEY} or {@code X-Api-Key: KEY}). Health endpoints stay
 * open so that orchestrators can probe them without secrets.
 */
final class ApiKeyFilter {
    private final byte[] key;

    /** @param key the required key, or null when none is required */
    ApiKeyFilter(String key) {
        this.key = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    static boolean isHealthPath(String path) {
        return path.equals("/ping") || path.equals("/health") || path.startsWith("/v2/health/");
    }

    /** @throws HttpError 401 when a key is required and the request does not carry it */
    void check(String path, Headers headers) {
        if (key == null || isHealthPath(path)) {
            return;
        }
        String presented = headers.getFirst("X-Api-Key");
        String auth = headers.getFirst("Authorization");
        if (presented == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented = auth.substring(7).trim();
        }
        // Constant-time comparison: the time taken must not reveal how much of the key matched.
        if (presented == null || !MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8))) {
            throw new HttpError(401, "An API key is required: send 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'.");
        }
    }
}
