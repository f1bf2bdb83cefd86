package io.modelwright.core.train;

import java.util.Map;

/**
 * Turns one fold's predictions into named metrics. Training depends only on this interface, so the full
 * evaluation library plugs in through {@link StandardMetricsCalculator} without touching the training loop.
 * Metric keys: {@code accuracy, balancedAccuracy, macroF1, auc, logLoss, rmse, mae, r2, silhouette, nmi}.
 */
public interface MetricsCalculator {

    /** @return metric name to value, in a stable order; only the metrics that apply to the predictions */
    Map<String, Double> compute(FoldPredictions predictions);

    /** @return the metric a leaderboard sorts by for this task */
    String mainMetric(Task task);

    /** @return true when a larger value of the metric is better */
    boolean higherIsBetter(String metric);
}
