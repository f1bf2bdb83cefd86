package io.modelwright.core.eval;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Cumulative true and false positive counts at every distinct score, highest score first.
 * Rows with equal scores are always counted together: a threshold cannot separate them,
 * which is what makes tied scores form a single diagonal ROC segment.
 * NaN scores rank below every other score.
 */
final class ThresholdCounts {
    final double[] thresholds;
    final long[] truePositives;
    final long[] falsePositives;
    final long positives;
    final long negatives;

    private ThresholdCounts(double[] thresholds, long[] truePositives, long[] falsePositives,
                            long positives, long negatives) {
        this.thresholds = thresholds;
        this.truePositives = truePositives;
        this.falsePositives = falsePositives;
        this.positives = positives;
        this.negatives = negatives;
    }

    static ThresholdCounts of(boolean[] positive, double[] scores) {
        if (positive.length != scores.length) {
            throw new IllegalArgumentException("There are " + positive.length + " labels but "
                    + scores.length + " scores; they must match row for row.");
        }
        int n = scores.length;
        double[] cleaned = new double[n];
        for (int i = 0; i < n; i++) {
            cleaned[i] = Double.isNaN(scores[i]) ? Double.NEGATIVE_INFINITY : scores[i];
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> cleaned[i]).reversed());
        double[] thresholds = new double[n];
        long[] tps = new long[n];
        long[] fps = new long[n];
        int distinct = 0;
        long tp = 0;
        long fp = 0;
        for (int k = 0; k < n; k++) {
            int row = order[k];
            if (positive[row]) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfTieGroup = k == n - 1 || cleaned[order[k + 1]] != cleaned[row];
            if (lastOfTieGroup) {
                thresholds[distinct] = cleaned[row];
                tps[distinct] = tp;
                fps[distinct] = fp;
                distinct++;
            }
        }
        return new ThresholdCounts(Arrays.copyOf(thresholds, distinct), Arrays.copyOf(tps, distinct),
                Arrays.copyOf(fps, distinct), tp, fp);
    }

    int size() {
        return thresholds.length;
    }
}
