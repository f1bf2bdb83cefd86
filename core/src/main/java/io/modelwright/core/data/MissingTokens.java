package io.modelwright.core.data;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The tokens that mean "no value" (case-insensitive, after trimming). Matching is on the hot path of import,
 * so it rejects long tokens by length before comparing.
 */
final class MissingTokens {
    private final String[] lowerTokens;
    private final String[] displayTokens;
    /** Lower-case ASCII bytes of each token, or null for a token with other characters (compared as a String). */
    private final byte[][] asciiLower;
    private final int maxLength;

    MissingTokens(List<String> tokens) {
        lowerTokens = new String[tokens.size()];
        displayTokens = new String[tokens.size()];
        asciiLower = new byte[tokens.size()][];
        int max = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).trim();
            lowerTokens[i] = t.toLowerCase(Locale.ROOT);
            displayTokens[i] = t;
            asciiLower[i] = asciiLower(lowerTokens[i]);
            max = Math.max(max, t.length());
        }
        maxLength = max;
    }

    /** @return the index of the missing token {@code trimmed} matches, or -1 */
    int indexOf(String trimmed) {
        if (trimmed.length() > maxLength) {
            return -1;
        }
        for (int i = 0; i < lowerTokens.length; i++) {
            if (lowerTokens[i].equalsIgnoreCase(trimmed)) {
                return i;
            }
        }
        return -1;
    }

    /** The same as {@link #indexOf(String)} for a trimmed ASCII token held in {@code b[from, to)}. */
    int indexOf(byte[] b, int from, int to) {
        int length = to - from;
        if (length > maxLength) {
            return -1;
        }
        for (int i = 0; i < lowerTokens.length; i++) {
            if (lowerTokens[i].length() != length) {
                continue;
            }
            byte[] token = asciiLower[i];
            if (token == null) {
                // Unicode case rules can match an ASCII letter with another letter ('ı' and 'i'): ask String.
                if (lowerTokens[i].equalsIgnoreCase(new String(b, from, length, StandardCharsets.ISO_8859_1))) {
                    return i;
                }
                continue;
            }
            int k = 0;
            while (k < length && lower(b[from + k]) == token[k]) {
                k++;
            }
            if (k == length) {
                return i;
            }
        }
        return -1;
    }

    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static byte[] asciiLower(String lowerToken) {
        byte[] bytes = new byte[lowerToken.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = lowerToken.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                return null;
            }
            bytes[i] = (byte) c;
        }
        return bytes;
    }

    /** @return how many tokens there are */
    int size() {
        return lowerTokens.length;
    }

    /** @return the token as configured, quoted for a message; the empty token reads "empty" */
    String describe(int index) {
        String t = displayTokens[index];
        return t.isEmpty() ? "empty" : "'" + t + "'";
    }
}
