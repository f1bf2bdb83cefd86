package io.modelwright.core.data;

import java.util.Arrays;

/**
 * Counts distinct non-missing doubles exactly. Most columns read from a CSV hold numbers with a few decimals over
 * a modest range; those are counted in a bitmap indexed by {@code v * 10^d} (one pass, no hashing). Otherwise a
 * plain hash set over a million values misses the cache on almost
 * every insert, so values are first scattered by the top bits of their hash into 256 partitions, and each
 * partition (small enough for the CPU cache) is counted with its own open-addressing table. Equal values always
 * land in the same partition, so the partition counts add up.
 */
final class DistinctCounter {
    private static final int PARTITION_BITS = 8;
    private static final int PARTITIONS = 1 << PARTITION_BITS;
    /** Marks an empty slot: the bits of NaN, which is never inserted. */
    private static final long EMPTY = Double.doubleToLongBits(Double.NaN);

    /** Scales tried for the bitmap: up to 10^9, beyond which values are rarely on a decimal grid. */
    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    /** Bitmap bits allowed per value: 64, i.e. no more memory than the hash path's copy of the values. */
    private static final int BITS_PER_VALUE = 64;
    /** Grid indices stay exact integers well below 2^53. */
    private static final double MAX_INDEX = 0x1p52;

    private DistinctCounter() {
    }

    /** @return how many distinct non-NaN values {@code values} holds (0.0 and -0.0 count as one) */
    static int count(double[] values) {
        int onGrid = countOnDecimalGrid(values);
        return onGrid >= 0 ? onGrid : countHashed(values);
    }

    /**
     * Counts values that are all of the form k / 10^d (for the smallest such d up to 9) in a bitmap over k. Exact:
     * a value is accepted only if {@code rint(v * 10^d) / 10^d == v}, so equal k always means equal v.
     *
     * @return the count, or -1 when the values are not on such a grid, are infinite, or span too wide a range
     */
    static int countOnDecimalGrid(double[] values) {
        int decimals = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int present = 0;
        for (double v : values) {
            if (v != v) {
                continue;
            }
            if (Double.isInfinite(v)) {
                return -1;
            }
            present++;
            min = Math.min(min, v);
            max = Math.max(max, v);
            while (!onGrid(v, POW10[decimals])) {
                if (++decimals == POW10.length) {
                    return -1;
                }
            }
        }
        if (present == 0) {
            return 0;
        }
        double scale = POW10[decimals];
        double low = Math.rint(min * scale);
        double high = Math.rint(max * scale);
        if (Math.abs(low) >= MAX_INDEX || Math.abs(high) >= MAX_INDEX
                || high - low >= Math.min((double) BITS_PER_VALUE * present + 4096, 1L << 31)) {
            return -1;
        }
        long[] bits = new long[(int) (((long) (high - low)) >>> 6) + 1];
        for (double v : values) {
            if (v == v) {
                long k = (long) (Math.rint(v * scale) - low);
                bits[(int) (k >>> 6)] |= 1L << k;
            }
        }
        int distinct = 0;
        for (long word : bits) {
            distinct += Long.bitCount(word);
        }
        return distinct;
    }

    private static boolean onGrid(double v, double scale) {
        return Math.rint(v * scale) / scale == v;
    }

    static int countHashed(double[] values) {
        int[] start = new int[PARTITIONS + 1];
        for (double v : values) {
            if (v == v) {
                start[partition(bitsOf(v)) + 1]++;
            }
        }
        for (int p = 0; p < PARTITIONS; p++) {
            start[p + 1] += start[p];
        }
        long[] scattered = new long[start[PARTITIONS]];
        int[] next = Arrays.copyOf(start, PARTITIONS);
        for (double v : values) {
            if (v == v) {
                long bits = bitsOf(v);
                scattered[next[partition(bits)]++] = bits;
            }
        }
        int largest = 0;
        for (int p = 0; p < PARTITIONS; p++) {
            largest = Math.max(largest, start[p + 1] - start[p]);
        }
        long[] table = new long[Integer.highestOneBit(Math.max(8, largest)) << 2];
        int distinct = 0;
        for (int p = 0; p < PARTITIONS; p++) {
            distinct += countPartition(scattered, start[p], start[p + 1], table);
        }
        return distinct;
    }

    private static int countPartition(long[] scattered, int from, int to, long[] table) {
        if (to == from) {
            return 0;
        }
        int capacity = Integer.highestOneBit(Math.max(4, to - from)) << 1;
        int mask = capacity - 1;
        Arrays.fill(table, 0, capacity, EMPTY);
        int distinct = 0;
        for (int i = from; i < to; i++) {
            long bits = scattered[i];
            int slot = (int) mix(bits) & mask;
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

    private static long bitsOf(double v) {
        return Double.doubleToRawLongBits(v == 0.0 ? 0.0 : v);
    }

    private static int partition(long bits) {
        return (int) (mix(bits) >>> (64 - PARTITION_BITS));
    }

    /** MurmurHash3's finaliser: decimal fractions differ mostly in high mantissa bits, so every bit must mix. */
    private static long mix(long bits) {
        long h = bits;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
