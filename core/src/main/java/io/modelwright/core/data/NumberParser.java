package io.modelwright.core.data;

/**
 * Parses a trimmed token into a double without allocating, for the common shapes ({@code -12}, {@code 3.25},
 * {@code 1e-3}); anything unusual goes to {@link Double#parseDouble} so results are always correctly rounded.
 * Returns {@code NaN} when the token is not a number (missing tokens such as "NaN" are handled before this).
 */
final class NumberParser {
    /** Powers of ten that are exact doubles: m * 10^e is then one correctly rounded operation (Clinger's fast path). */
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private NumberParser() {
    }

    /**
     * @param s       a trimmed, non-empty token
     * @param decimal the decimal separator, '.' or ','
     * @return the value, +/-Infinity for "Infinity"/"inf", or NaN when {@code s} is not a number
     */
    static double parse(String s, char decimal) {
        int n = s.length();
        if (n == 0) {
            return Double.NaN;
        }
        int i = 0;
        boolean negative = false;
        char c = s.charAt(0);
        if (c == '-' || c == '+') {
            negative = c == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exp10 = 0;
        boolean sawDigit = false;
        boolean truncated = false;
        while (i < n && (c = s.charAt(i)) >= '0' && c <= '9') {
            if (significant < 18) {
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0) {
                    significant++;
                }
            } else {
                truncated = true;
            }
            sawDigit = true;
            i++;
        }
        if (i < n && s.charAt(i) == decimal) {
            i++;
            while (i < n && (c = s.charAt(i)) >= '0' && c <= '9') {
                if (significant < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (mantissa != 0) {
                        significant++;
                    }
                    exp10--;
                } else {
                    truncated = true;
                }
                sawDigit = true;
                i++;
            }
        }
        if (!sawDigit || truncated) {
            return slow(s, decimal);
        }
        if (i < n) {
            c = s.charAt(i);
            if (c != 'e' && c != 'E') {
                return slow(s, decimal);
            }
            i++;
            boolean expNegative = false;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                expNegative = s.charAt(i) == '-';
                i++;
            }
            int exp = 0;
            int expDigits = 0;
            while (i < n && (c = s.charAt(i)) >= '0' && c <= '9' && expDigits < 6) {
                exp = exp * 10 + (c - '0');
                expDigits++;
                i++;
            }
            if (expDigits == 0 || i != n) {
                return slow(s, decimal);
            }
            exp10 += expNegative ? -exp : exp;
        }
        if (mantissa < (1L << 53) && exp10 >= -22 && exp10 <= 22) {
            double v = exp10 < 0 ? mantissa / POW10[-exp10] : mantissa * POW10[exp10];
            return negative ? -v : v;
        }
        return slow(s, decimal);
    }

    /**
     * The same as {@link #parse(String, char)} for a trimmed ASCII token held in {@code b[from, to)}, without making
     * a String (import's fast path reads numbers straight from the file's bytes).
     */
    static double parse(byte[] b, int from, int to, char decimal) {
        int n = to;
        if (from >= n) {
            return Double.NaN;
        }
        int i = from;
        boolean negative = false;
        int c = b[i];
        if (c == '-' || c == '+') {
            negative = c == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exp10 = 0;
        boolean sawDigit = false;
        boolean truncated = false;
        if (n - from <= 18) {
            // At most 18 digits: every digit fits in the mantissa, so there is nothing to count or truncate.
            int digits = i;
            while (i < n && (c = b[i]) >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                i++;
            }
            sawDigit = i > digits;
            if (i < n && b[i] == decimal) {
                i++;
                int fraction = i;
                while (i < n && (c = b[i]) >= '0' && c <= '9') {
                    mantissa = mantissa * 10 + (c - '0');
                    i++;
                }
                exp10 = fraction - i;
                sawDigit |= i > fraction;
            }
        } else {
            while (i < n && (c = b[i]) >= '0' && c <= '9') {
                if (significant < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (mantissa != 0) {
                        significant++;
                    }
                } else {
                    truncated = true;
                }
                sawDigit = true;
                i++;
            }
            if (i < n && b[i] == decimal) {
                i++;
                while (i < n && (c = b[i]) >= '0' && c <= '9') {
                    if (significant < 18) {
                        mantissa = mantissa * 10 + (c - '0');
                        if (mantissa != 0) {
                            significant++;
                        }
                        exp10--;
                    } else {
                        truncated = true;
                    }
                    sawDigit = true;
                    i++;
                }
            }
        }
        if (!sawDigit || truncated) {
            return slow(b, from, to, decimal);
        }
        if (i < n) {
            c = b[i];
            if (c != 'e' && c != 'E') {
                return slow(b, from, to, decimal);
            }
            i++;
            boolean expNegative = false;
            if (i < n && (b[i] == '-' || b[i] == '+')) {
                expNegative = b[i] == '-';
                i++;
            }
            int exp = 0;
            int expDigits = 0;
            while (i < n && (c = b[i]) >= '0' && c <= '9' && expDigits < 6) {
                exp = exp * 10 + (c - '0');
                expDigits++;
                i++;
            }
            if (expDigits == 0 || i != n) {
                return slow(b, from, to, decimal);
            }
            exp10 += expNegative ? -exp : exp;
        }
        if (mantissa < (1L << 53) && exp10 >= -22 && exp10 <= 22) {
            double v = exp10 < 0 ? mantissa / POW10[-exp10] : mantissa * POW10[exp10];
            return negative ? -v : v;
        }
        return slow(b, from, to, decimal);
    }

    private static double slow(byte[] b, int from, int to, char decimal) {
        return slow(new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1), decimal);
    }

    /** The correct but slower path; guards against what Double.parseDouble accepts but people do not mean ("1f", "0x1p3"). */
    private static double slow(String s, char decimal) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        switch (lower) {
            case "infinity", "+infinity", "inf", "+inf":
                return Double.POSITIVE_INFINITY;
            case "-infinity", "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == 'e' || c == 'E' || c == '.'
                    || c == decimal;
            if (!allowed) {
                return Double.NaN;
            }
        }
        String text = s;
        if (decimal == ',') {
            // "1.234,5": dots before the comma are thousands separators; a lone "3.5" stays as written.
            int comma = text.indexOf(',');
            if (comma >= 0) {
                text = text.substring(0, comma).replace(".", "") + "." + text.substring(comma + 1);
            }
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
