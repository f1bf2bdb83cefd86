package io.modelwright.core.data;

/**
 * Counts distinct non-missing doubles with a primitive open-addressing hash set: far less memory and time than a
 * {@code HashSet<Double>} on a million rows.
 */
final class DistinctCounter {
    private DistinctCounter() {
    }

    /** @return how many distinct non-NaN values {@code values} holds (0.0 and -0.0 count as one) */
    static int count(double[] values) {
        int capacity = Integer.highestOneBit(Math.max(16, values.length * 2 - 1)) << 1;
        long[] table = new long[capacity];
        boolean[] used = new boolean[capacity];
        int mask = capacity - 1;
        int distinct = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            long bits = Double.doubleToLongBits(v == 0.0 ? 0.0 : v);
            int slot = mix(bits) & mask;
            while (used[slot] && table[slot] != bits) {
                slot = (slot + 1) & mask;
            }
            if (!used[slot]) {
                used[slot] = true;
                table[slot] = bits;
                distinct++;
            }
        }
        return distinct;
    }

    private static int mix(long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
