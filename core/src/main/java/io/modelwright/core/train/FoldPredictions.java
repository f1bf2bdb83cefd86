package io.modelwright.core.train;

import java.util.List;

/**
 * What one fold's model predicted for its test rows: the seam between training and metrics. Training fills it;
 * a {@link MetricsCalculator} turns it into numbers. Arrays are aligned with {@link #rows()}.
 *
 * @param fold            0-based fold number
 * @param task            the task
 * @param rows            table row indices of the test rows
 * @param trainSize       how many rows the fold's model learned from
 * @param classes         classification: the classes, sorted (the columns of probabilities); clustering and
 *                        anomaly: empty
 * @param truthLabels     classification: true label; anomaly: EXPECTED/ANOMALOUS when a target was given;
 *                        clustering: the target text when given; otherwise null
 * @param predictedLabels classification: predicted label; clustering: cluster id; anomaly: EXPECTED/ANOMALOUS
 * @param probabilities   classification with a probabilistic model: per row, per class; otherwise null
 * @param truthValues     regression: true value; otherwise null
 * @param predictedValues regression: predicted value; anomaly: anomaly score (higher = more unusual); else null
 * @param features        clustering: each test row's features (dense, in feature-name order) for silhouette;
 *                        otherwise null
 */
public record FoldPredictions(int fold, Task task, int[] rows, int trainSize, List<String> classes,
                              String[] truthLabels, String[] predictedLabels, double[][] probabilities,
                              double[] truthValues, double[] predictedValues, double[][] features) {

    public FoldPredictions {
        classes = classes == null ? List.of() : List.copyOf(classes);
    }

    /** @return the number of test rows */
    public int size() {
        return rows.length;
    }
}
