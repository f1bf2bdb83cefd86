package io.modelwright.core.data;

import java.util.Arrays;

/**
 * Counts distinct non-missing doubles exactly. A plain hash set over a million values misses the cache on almost
 * every insert, so values are first scattered by the top bits of their hash into 256 partitions, and each
 * partition (small enough for the CPU cache) is counted with its own open-addressing table. Equal values always
 * land in the same partition, so the partition counts add up.
 */
final class DistinctCounter {
    private static final int PARTITION_BITS = 8;
    private static final int PARTITIONS = 1 << PARTITION_BITS;
    /** Marks an empty slot: the bits of NaN, which is never inserted. */
    private static final long EMPTY = Double.doubleToLongBits(Double.NaN);

    private DistinctCounter() {
    }

    /** @return how many distinct non-NaN values {@code values} holds (0.0 and -0.0 count as one) */
    static int count(double[] values) {
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
