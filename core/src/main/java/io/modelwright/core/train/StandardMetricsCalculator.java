package io.modelwright.core.train;

import io.modelwright.core.eval.AnomalyMetrics;
import io.modelwright.core.eval.ClassificationMetrics;
import io.modelwright.core.eval.ClusteringMetrics;
import io.modelwright.core.eval.RegressionMetrics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link MetricsCalculator} the app uses: the evaluation library ({@code core/eval}) applied to one fold's
 * predictions. Keys: classification {@code accuracy, balancedAccuracy, macroF1, auc, logLoss}; regression
 * {@code rmse, mae, r2}; clustering {@code silhouette, nmi, ami}; anomaly {@code anomalyRate} plus
 * {@code precision, recall, f1, auc} when a target says which rows really are anomalies.
 */
public final class StandardMetricsCalculator implements MetricsCalculator {
    private static final String ANOMALOUS = "ANOMALOUS";
    /** Seed for the silhouette sample on big folds; fixed so metrics are reproducible. */
    private static final long SAMPLE_SEED = 42;

    @Override
    public Map<String, Double> compute(FoldPredictions p) {
        return switch (p.task()) {
            case CLASSIFICATION -> classification(p);
            case REGRESSION -> RegressionMetrics.compute(p.truthValues(), p.predictedValues()).headline();
            case CLUSTERING -> clustering(p);
            case ANOMALY -> anomaly(p);
        };
    }

    @Override
    public String mainMetric(Task task) {
        return switch (task) {
            case CLASSIFICATION -> "accuracy";
            case REGRESSION -> "rmse";
            case CLUSTERING -> "silhouette";
            case ANOMALY -> "auc";
        };
    }

    @Override
    public boolean higherIsBetter(String metric) {
        return !(metric.equals("rmse") || metric.equals("mae") || metric.equals("logLoss"));
    }

    private static Map<String, Double> classification(FoldPredictions p) {
        List<String> classes = p.classes();
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            index.put(classes.get(c), c);
        }
        return ClassificationMetrics.compute(codes(p.truthLabels(), index), codes(p.predictedLabels(), index),
                p.probabilities(), classes).headline();
    }

    private static Map<String, Double> clustering(FoldPredictions p) {
        Map<String, Integer> clusters = new HashMap<>();
        int[] predicted = codes(p.predictedLabels(), clusters);
        int[] truth = p.truthLabels() == null ? null : codes(p.truthLabels(), new HashMap<>());
        return ClusteringMetrics.compute(p.features(), predicted, truth, SAMPLE_SEED).headline();
    }

    private static Map<String, Double> anomaly(FoldPredictions p) {
        String[] predicted = p.predictedLabels();
        boolean[] flagged = new boolean[predicted.length];
        int flaggedCount = 0;
        for (int i = 0; i < predicted.length; i++) {
            flagged[i] = ANOMALOUS.equals(predicted[i]);
            flaggedCount += flagged[i] ? 1 : 0;
        }
        boolean[] anomalous = null;
        if (p.truthLabels() != null) {
            anomalous = new boolean[predicted.length];
            for (int i = 0; i < anomalous.length; i++) {
                anomalous[i] = ANOMALOUS.equals(p.truthLabels()[i]);
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("anomalyRate", (double) flaggedCount / predicted.length);
        if (p.predictedValues() != null) {
            m.putAll(AnomalyMetrics.compute(p.predictedValues(), flagged, anomalous).headline());
        }
        return m;
    }

    /** Labels as class indices; a label not yet known (e.g. a cluster id) gets the next index. */
    private static int[] codes(String[] labels, Map<String, Integer> index) {
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = index.computeIfAbsent(labels[i], k -> index.size());
        }
        return out;
    }
}
