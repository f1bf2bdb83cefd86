package io.modelwright.core.project;

import java.util.List;

/**
 * One metric of a run.
 *
 * @param value   the headline value: the mean over folds, or the single hold-out value
 * @param std     standard deviation over folds; NaN when there is only one value
 * @param perFold the value on each fold, in fold order (empty for a single hold-out split)
 */
public record MetricValue(double value, double std, List<Double> perFold) {

    public MetricValue {
        perFold = perFold == null ? List.of() : List.copyOf(perFold);
    }

    /** @return a metric measured once (no folds) */
    public static MetricValue single(double value) {
        return new MetricValue(value, Double.NaN, List.of());
    }
}
