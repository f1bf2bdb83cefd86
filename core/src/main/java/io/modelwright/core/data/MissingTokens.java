package io.modelwright.core.data;

import java.util.List;
import java.util.Locale;

/**
 * The tokens that mean "no value" (case-insensitive, after trimming). Matching is on the hot path of import,
 * so it rejects long tokens by length before comparing.
 */
final class MissingTokens {
    private final String[] lowerTokens;
    private final String[] displayTokens;
    private final int maxLength;

    MissingTokens(List<String> tokens) {
        lowerTokens = new String[tokens.size()];
        displayTokens = new String[tokens.size()];
        int max = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).trim();
            lowerTokens[i] = t.toLowerCase(Locale.ROOT);
            displayTokens[i] = t;
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
