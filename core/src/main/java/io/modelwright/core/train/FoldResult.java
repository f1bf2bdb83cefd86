package io.modelwright.core.train;

import java.util.Map;

/**
 * The score of one fold.
 *
 * @param fold          0-based fold number
 * @param trainRows     rows the fold's model learned from
 * @param testRows      rows it was scored on
 * @param metrics       metric name to value
 * @param trainMillis   time to fit the featurizer, build the dataset and train
 * @param predictMillis time to predict the test rows
 */
public record FoldResult(int fold, int trainRows, int testRows, Map<String, Double> metrics, long trainMillis,
                         long predictMillis) {
    public FoldResult {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
