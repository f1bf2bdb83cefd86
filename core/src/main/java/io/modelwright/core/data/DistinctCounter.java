package io.modelwright.core.data;

import java.util.Arrays;

/**
 * Counts distinct non-missing doubles with a primitive open-addressing hash set: far less memory and time than a
 * {@code HashSet<Double>} on a million rows. Empty slots hold the bits of NaN, which is never inserted.
 */
final class DistinctCounter {
    private static final long EMPTY = Double.doubleToLongBits(Double.NaN);

    private DistinctCounter() {
    }

    /** @return how many distinct non-NaN values {@code values} holds (0.0 and -0.0 count as one) */
    static int count(double[] values) {
        int capacity = Integer.highestOneBit(Math.max(16, values.length + (values.length >> 1))) << 1;
        long[] table = new long[capacity];
        Arrays.fill(table, EMPTY);
        int mask = capacity - 1;
        int distinct = 0;
        for (double v : values) {
            if (v != v) {
                continue;
            }
            long bits = Double.doubleToRawLongBits(v == 0.0 ? 0.0 : v);
            int slot = mix(bits) & mask;
            long at;
            while ((at = table[slot]) != EMPTY && at != bits) {
                slot = (slot + 1) & mask;
            }
            if (at == EMPTY) {
                table[slot] = bits;
                distinct++;
            }
        }
        return distinct;
    }

    private static int mix(long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
