package io.modelwright.core.eval;

/**
 * Scores a trained model on held-out rows, optionally with one original column shuffled.
 * The training code implements this over its model and data; the evaluation code only decides what to shuffle.
 */
@FunctionalInterface
public interface PermutedScorer {

    /**
     * @param sourceRows {@code null} for the plain baseline score; otherwise, for each row {@code i}, the row
     *                   whose value of {@code column} row {@code i} should take (all other columns stay as they are)
     * @param column     index of the original column to take from {@code sourceRows}; −1 for the baseline
     * @return the metric on those rows, higher is better (negate error metrics such as RMSE)
     */
    double score(int[] sourceRows, int column);
}
