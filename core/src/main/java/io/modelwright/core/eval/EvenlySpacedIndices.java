package io.modelwright.core.eval;

/**
 * Picks at most a given number of indices spread evenly over a range, always keeping the first and the last.
 * Used to thin curves and scatter plots for drawing; deterministic, no randomness.
 */
final class EvenlySpacedIndices {
    private EvenlySpacedIndices() {
    }

    /**
     * @param size    how many items there are
     * @param maximum how many to keep at most (at least 2)
     * @return ascending indices into {@code 0..size-1}; all of them when {@code size <= maximum}
     */
    static int[] of(int size, int maximum) {
        if (size <= maximum) {
            int[] all = new int[size];
            for (int i = 0; i < size; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] picked = new int[maximum];
        for (int i = 0; i < maximum; i++) {
            picked[i] = (int) Math.round((double) i * (size - 1) / (maximum - 1));
        }
        return picked;
    }
}
