package io.modelwright.core.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mean and sample standard deviation of each metric over folds. */
final class FoldSummary {
    private FoldSummary() {
    }

    static Map<String, Double> mean(List<FoldResult> folds) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String metric : metricNames(folds)) {
            out.put(metric, folds.stream().mapToDouble(f -> f.metrics().getOrDefault(metric, Double.NaN))
                    .average().orElse(Double.NaN));
        }
        return out;
    }

    static Map<String, Double> std(List<FoldResult> folds) {
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, Double> mean = mean(folds);
        for (String metric : mean.keySet()) {
            double m = mean.get(metric);
            double ss = 0;
            for (FoldResult f : folds) {
                double d = f.metrics().getOrDefault(metric, Double.NaN) - m;
                ss += d * d;
            }
            out.put(metric, folds.size() < 2 ? 0.0 : Math.sqrt(ss / (folds.size() - 1)));
        }
        return out;
    }

    private static List<String> metricNames(List<FoldResult> folds) {
        // Only metrics every fold has (e.g. AUC can be missing from a fold that lacks a class).
        List<String> names = new java.util.ArrayList<>(folds.get(0).metrics().keySet());
        names.removeIf(n -> folds.stream().anyMatch(f -> !f.metrics().containsKey(n)));
        return names;
    }
}
