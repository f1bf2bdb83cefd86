package io.modelwright.core.train;

import java.util.Map;

/**
 * One algorithm's row in a {@link ComparisonResult}.
 *
 * @param algorithm                 the algorithm id
 * @param displayName               its name for people
 * @param mean                      per metric, mean over folds (empty when training failed)
 * @param std                       per metric, standard deviation over folds
 * @param perFold                   per metric, the fold values in fold order
 * @param pValue                    corrected resampled t-test p-value against the best on the main metric
 *                                  (NaN for the best itself, a failed entry, or a single split)
 * @param significantlyWorseThanBest true when worse than the best with p &lt; 0.05
 * @param error                     why training failed, in words; null when it worked
 * @param result                    the full training result, or null when training failed
 */
public record LeaderboardEntry(String algorithm, String displayName, Map<String, Double> mean,
                               Map<String, Double> std, Map<String, double[]> perFold, double pValue,
                               boolean significantlyWorseThanBest, String error, TrainingResult result) {
}
