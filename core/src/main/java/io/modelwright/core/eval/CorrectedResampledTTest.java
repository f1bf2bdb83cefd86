package io.modelwright.core.eval;

/**
 * The corrected resampled t-test of Nadeau and Bengio (2003) for comparing two models scored on the same folds.
 *
 * <p>With per-fold differences d_j (j = 1..k), their mean d̄ and sample variance s², the statistic is
 * t = d̄ / sqrt((1/k + n_test/n_train) · s²) with k − 1 degrees of freedom. The n_test/n_train term corrects
 * for the overlap of training sets between folds, which makes the plain paired t-test far too eager.
 *
 * <p>Zero variance: identical scores give t = 0 and p = 1 (never significant); differences that are all equal and
 * nonzero give t = ±infinity and p = 0 (significant at any level). Treat the latter with care: it usually means
 * too few folds or a metric that cannot vary.
 *
 * @param meanDifference   mean of (first − second) over folds; positive when the first model scores higher
 * @param t                the corrected t statistic
 * @param degreesOfFreedom k − 1
 * @param pValue           two-sided p-value
 */
public record CorrectedResampledTTest(double meanDifference, double t, int degreesOfFreedom, double pValue) {

    /**
     * @param firstScores   per-fold scores of the first model
     * @param secondScores  per-fold scores of the second model, on the same folds in the same order
     * @param testTrainRatio n_test / n_train of one fold (for k-fold cross-validation: 1 / (k − 1))
     * @return the test result
     * @throws IllegalArgumentException with fewer than two folds, unequal lengths or a negative ratio
     */
    public static CorrectedResampledTTest compare(double[] firstScores, double[] secondScores, double testTrainRatio) {
        if (firstScores.length != secondScores.length) {
            throw new IllegalArgumentException("The models have scores on " + firstScores.length + " and "
                    + secondScores.length + " folds; compare them on the same folds.");
        }
        int k = firstScores.length;
        if (k < 2) {
            throw new IllegalArgumentException("Comparing models needs at least two folds, not " + k + ".");
        }
        if (!(testTrainRatio >= 0)) {
            throw new IllegalArgumentException("The test/train ratio must be zero or more, not " + testTrainRatio + ".");
        }
        double mean = 0;
        for (int j = 0; j < k; j++) {
            mean += (firstScores[j] - secondScores[j]) / k;
        }
        double squares = 0;
        for (int j = 0; j < k; j++) {
            double deviation = firstScores[j] - secondScores[j] - mean;
            squares += deviation * deviation;
        }
        double variance = squares / (k - 1);
        double t;
        if (variance == 0) {
            t = mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean);
        } else {
            t = mean / Math.sqrt((1.0 / k + testTrainRatio) * variance);
        }
        return new CorrectedResampledTTest(mean, t, k - 1, StudentTDistribution.twoSidedPValue(t, k - 1));
    }

    /**
     * @param alpha the significance level, e.g. 0.05
     * @return true when the p-value is below alpha
     */
    public boolean significant(double alpha) {
        return pValue < alpha;
    }
}
