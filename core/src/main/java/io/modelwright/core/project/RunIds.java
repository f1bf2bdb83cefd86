package io.modelwright.core.project;

import java.security.SecureRandom;
import java.util.Random;

/**
 * Short, time-ordered run ids such as {@code 1jcx3k5m2-q7fz}: the creation time in milliseconds in 9 base-32
 * digits, then 4 random digits. Lower-case Crockford base 32 (no i, l, o, u) reads aloud without confusion, and
 * ids sort in creation order.
 */
final class RunIds {
    private static final char[] DIGITS = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final Random RANDOM = new SecureRandom();

    private RunIds() {
    }

    static String next(long epochMillis) {
        return base32(epochMillis, 9) + "-" + base32(RANDOM.nextInt(1 << 20), 4);
    }

    private static String base32(long value, int digits) {
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = DIGITS[(int) (value & 31)];
            value >>>= 5;
        }
        return new String(out);
    }
}
