package io.modelwright.core.train;

/**
 * One row's prediction by the model that did NOT learn from it (for the results screens).
 *
 * @param row            table row index
 * @param fold           the fold whose model predicted it
 * @param truth          the true label (classification), EXPECTED/ANOMALOUS (anomaly with target), the target text
 *                       (clustering with target); else null
 * @param predicted      the predicted label / cluster id / EXPECTED or ANOMALOUS; null for regression
 * @param truthValue     regression truth; NaN otherwise
 * @param predictedValue regression prediction, or anomaly score; NaN otherwise
 * @param probabilities  per class in {@link TrainingResult#classes()} order, or null
 */
public record OutOfFoldPrediction(int row, int fold, String truth, String predicted, double truthValue,
                                  double predictedValue, double[] probabilities) {
}
