package io.modelwright.core.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/** A deterministic random subset of row indices (partial Fisher–Yates shuffle), returned in ascending order. */
final class SeededSample {
    private SeededSample() {
    }

    /**
     * @return all of {@code 0..size-1} when {@code size <= maximum}, otherwise {@code maximum} distinct
     *         indices drawn without replacement with the given seed
     */
    static int[] of(int size, int maximum, long seed) {
        int[] indices = new int[size];
        Arrays.setAll(indices, i -> i);
        if (size <= maximum) {
            return indices;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < maximum; i++) {
            int j = i + random.nextInt(size - i);
            int swap = indices[i];
            indices[i] = indices[j];
            indices[j] = swap;
        }
        int[] sample = Arrays.copyOf(indices, maximum);
        Arrays.sort(sample);
        return sample;
    }
}
