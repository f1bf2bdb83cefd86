package io.modelwright.core.eval;

import java.util.Arrays;

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
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        // Sorting the two groups' scores separately and merging them from the top needs no boxed indices.
        double[] pos = new double[positives];
        double[] neg = new double[scores.length - positives];
        for (int i = 0, a = 0, b = 0; i < scores.length; i++) {
            double score = Double.isNaN(scores[i]) ? Double.NEGATIVE_INFINITY : scores[i];
            if (positive[i]) {
                pos[a++] = score;
            } else {
                neg[b++] = score;
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        double[] thresholds = new double[scores.length];
        long[] tps = new long[scores.length];
        long[] fps = new long[scores.length];
        int distinct = 0;
        int i = pos.length - 1;
        int j = neg.length - 1;
        while (i >= 0 || j >= 0) {
            double current = i < 0 ? neg[j] : j < 0 ? pos[i] : Math.max(pos[i], neg[j]);
            while (i >= 0 && pos[i] == current) {
                i--;
            }
            while (j >= 0 && neg[j] == current) {
                j--;
            }
            thresholds[distinct] = current;
            tps[distinct] = pos.length - 1 - i;
            fps[distinct] = neg.length - 1 - j;
            distinct++;
        }
        return new ThresholdCounts(Arrays.copyOf(thresholds, distinct), Arrays.copyOf(tps, distinct),
                Arrays.copyOf(fps, distinct), pos.length, neg.length);
    }

    int size() {
        return thresholds.length;
    }
}
