package io.modelwright.core.eval;

/**
 * Precision, recall and F1 of one class (or an average over classes).
 * A ratio whose denominator is zero (a class never predicted, or never present) counts as 0, as in scikit-learn.
 *
 * @param className the class, or "macro avg" / "weighted avg" for averages
 * @param precision of the rows predicted as this class, the fraction that truly are
 * @param recall    of the rows truly of this class, the fraction predicted as it
 * @param f1        harmonic mean of precision and recall
 * @param support   number of rows truly of this class (for averages: all rows)
 */
public record ClassMetrics(String className, double precision, double recall, double f1, long support) {

    /**
     * @param matrix the confusion matrix
     * @param c      the class index
     * @return the metrics of class {@code c}
     */
    public static ClassMetrics of(ConfusionMatrix matrix, int c) {
        long tp = matrix.count(c, c);
        double precision = ratio(tp, matrix.predictedCount(c));
        double recall = ratio(tp, matrix.support(c));
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassMetrics(matrix.classNames().get(c), precision, recall, f1, matrix.support(c));
    }

    static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
