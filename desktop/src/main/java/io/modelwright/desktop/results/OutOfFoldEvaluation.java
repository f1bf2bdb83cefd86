package io.modelwright.desktop.results;

import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.core.eval.ClassificationMetrics;
import io.modelwright.core.eval.ClusteringMetrics;
import io.modelwright.core.eval.RegressionMetrics;
import io.modelwright.core.train.OutOfFoldPrediction;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.runtime.featurize.FeatureNames;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a result's out-of-fold predictions into the eval library's metrics, curves and plots. */
final class OutOfFoldEvaluation {
    private OutOfFoldEvaluation() {
    }

    static ClassificationMetrics classification(TrainingResult result) {
        List<OutOfFoldPrediction> rows = result.outOfFold();
        Map<String, Integer> index = new HashMap<>();
        List<String> classes = result.classes();
        for (int c = 0; c < classes.size(); c++) {
            index.put(classes.get(c), c);
        }
        int[] truth = new int[rows.size()];
        int[] predicted = new int[rows.size()];
        double[][] probabilities = rows.stream().allMatch(p -> p.probabilities() != null) ? new double[rows.size()][] : null;
        for (int i = 0; i < rows.size(); i++) {
            truth[i] = index.get(rows.get(i).truth());
            predicted[i] = index.get(rows.get(i).predicted());
            if (probabilities != null) {
                probabilities[i] = rows.get(i).probabilities();
            }
        }
        return ClassificationMetrics.compute(truth, predicted, probabilities, classes);
    }

    static RegressionMetrics regression(TrainingResult result) {
        double[] actual = result.outOfFold().stream().mapToDouble(OutOfFoldPrediction::truthValue).toArray();
        double[] predicted = result.outOfFold().stream().mapToDouble(OutOfFoldPrediction::predictedValue).toArray();
        return RegressionMetrics.compute(actual, predicted);
    }

    /**
     * Clusters against the standardized numeric feature columns (the space the PCA map shows), with cluster numbers
     * made comparable across folds ({@link ClusterAlignment}).
     */
    static ClusteringMetrics clustering(TrainingResult result, DataTable table) {
        List<OutOfFoldPrediction> rows = result.outOfFold();
        List<NumericColumn> numeric = result.featureColumns().stream().map(table::column)
                .filter(NumericColumn.class::isInstance).map(NumericColumn.class::cast).toList();
        int[] clusters = rows.stream().mapToInt(p -> Integer.parseInt(p.predicted())).toArray();
        int[] truth = null;
        if (rows.stream().allMatch(p -> p.truth() != null)) {
            Map<String, Integer> ids = new HashMap<>();
            truth = rows.stream().mapToInt(p -> ids.computeIfAbsent(p.truth(), t -> ids.size())).toArray();
        }
        double[][] points = numeric.isEmpty() ? null : new double[rows.size()][numeric.size()];
        for (int f = 0; f < numeric.size(); f++) {
            double[] values = numeric.get(f).values();
            double mean = 0;
            double squares = 0;
            for (OutOfFoldPrediction p : rows) {
                double v = Double.isNaN(values[p.row()]) ? 0 : values[p.row()];
                mean += v;
                squares += v * v;
            }
            mean /= rows.size();
            double sd = Math.sqrt(Math.max(squares / rows.size() - mean * mean, 0));
            for (int i = 0; i < rows.size(); i++) {
                double v = values[rows.get(i).row()];
                points[i][f] = Double.isNaN(v) || sd == 0 ? 0 : (v - mean) / sd;
            }
        }
        if (points != null) {
            clusters = ClusterAlignment.align(points, clusters, rows.stream().mapToInt(OutOfFoldPrediction::fold).toArray());
        }
        return ClusteringMetrics.compute(points, clusters, truth, result.seed());
    }

    /** @return the model's own importances summed per input column, largest first; empty when it has none */
    static Map<String, Double> columnImportances(TrainingResult result) {
        Map<String, Double> perColumn = new HashMap<>();
        result.importances().forEach((feature, value) -> {
            String column = result.featurizerSpec() == null ? null
                    : FeatureNames.columnOf(result.featurizerSpec(), feature);
            perColumn.merge(column == null ? feature : column, value, Double::sum);
        });
        Map<String, Double> sorted = new LinkedHashMap<>();
        perColumn.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
