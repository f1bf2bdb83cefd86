package io.modelwright.runtime.featurize;

/**
 * Reads the plain decimals that fill most CSV files ({@code -12}, {@code 3.25}, {@code .5}) without
 * {@link Double#parseDouble}'s allocation and general machinery, giving the same double bit for bit.
 * <p>
 * Clinger's fast path: with at most 15 significant digits the digits form a long that is an exact double, and
 * 10^k for k ≤ 22 is an exact double too, so one IEEE multiplication or division by it is the correctly rounded
 * value, exactly what {@code parseDouble} returns. Anything else (exponents, more digits, NaN, hex) is left to
 * the caller.
 */
final class PlainDecimals {
    private static final int MAX_DIGITS = 15;
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p; // exact: 10^22 < 2^53 * 2^22 and 5^22 < 2^53
            p *= 10;
        }
    }

    /** Returned when the text is not a plain decimal the fast path can read; never a parse result. */
    static final double NOT_PLAIN = Double.NaN;

    private PlainDecimals() {
    }

    /**
     * @param s text without surrounding whitespace
     * @return the value {@code Double.parseDouble(s)} gives, or {@link #NOT_PLAIN} (NaN) when {@code s} is not
     *         {@code [+-]digits[.digits]} with at least one digit, at most 15 significant digits and at most 22
     *         digits after the point
     */
    static double parse(String s) {
        return parse(s, 0, s.length());
    }

    /** {@link #parse(String)} of {@code s.substring(from, to)}, without the substring. */
    static double parse(String s, int from, int to) {
        int n = to;
        int i = from;
        boolean negative = false;
        if (n > i) {
            char sign = s.charAt(i);
            if (sign == '-' || sign == '+') {
                negative = sign == '-';
                i++;
            }
        }
        long digits = 0;
        int significant = 0;
        int fraction = 0;
        boolean sawDigit = false;
        boolean sawPoint = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sawDigit = true;
                if (digits != 0 || c != '0') {
                    if (++significant > MAX_DIGITS) {
                        return NOT_PLAIN;
                    }
                    digits = digits * 10 + (c - '0');
                }
                if (sawPoint) {
                    fraction++;
                }
            } else if (c == '.' && !sawPoint) {
                sawPoint = true;
            } else {
                return NOT_PLAIN;
            }
        }
        if (!sawDigit || fraction >= POW10.length) {
            return NOT_PLAIN;
        }
        double v = fraction == 0 ? (double) digits : digits / POW10[fraction];
        return negative ? -v : v;
    }
}
