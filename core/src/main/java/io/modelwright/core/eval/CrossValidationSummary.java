package io.modelwright.core.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mean, sample standard deviation and per-fold values of every metric over cross-validation folds.
 *
 * @param foldCount number of folds summarised
 * @param metrics   one summary per metric name, in the order names first appear in the folds
 */
public record CrossValidationSummary(int foldCount, Map<String, MetricSummary> metrics) {

    /** Makes the record immutable. */
    public CrossValidationSummary {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /**
     * @param folds one metric map per fold, e.g. each fold's {@code headline()}; a metric missing from
     *              a fold counts as NaN there and is left out of that metric's mean and deviation
     * @return the summary
     */
    public static CrossValidationSummary of(List<Map<String, Double>> folds) {
        Set<String> names = new LinkedHashSet<>();
        for (Map<String, Double> fold : folds) {
            names.addAll(fold.keySet());
        }
        Map<String, MetricSummary> metrics = new LinkedHashMap<>();
        for (String name : names) {
            List<Double> values = new ArrayList<>(folds.size());
            for (Map<String, Double> fold : folds) {
                Double value = fold.get(name);
                values.add(value == null ? Double.NaN : value);
            }
            metrics.put(name, MetricSummary.of(values));
        }
        return new CrossValidationSummary(folds.size(), metrics);
    }

    /**
     * @param name a metric name such as {@code "accuracy"}
     * @return its summary
     * @throws IllegalArgumentException when no fold reported that metric
     */
    public MetricSummary metric(String name) {
        MetricSummary summary = metrics.get(name);
        if (summary == null) {
            throw new IllegalArgumentException("No fold reported the metric '" + name + "'. Known: " + metrics.keySet());
        }
        return summary;
    }

    /** @return the mean of each metric, in the same order (handy for a run list row) */
    public Map<String, Double> means() {
        Map<String, Double> means = new LinkedHashMap<>();
        metrics.forEach((name, summary) -> means.put(name, summary.mean()));
        return Collections.unmodifiableMap(means);
    }
}
