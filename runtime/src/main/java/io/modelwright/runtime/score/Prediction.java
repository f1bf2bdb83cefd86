package io.modelwright.runtime.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelwright.runtime.artifact.ModelTask;

import java.util.List;
import java.util.Map;

/**
 * One row's prediction. Which fields are set depends on the task: {@code label} (classification), {@code value}
 * (regression), {@code cluster} (clustering), {@code anomaly} and {@code score} (anomaly detection).
 *
 * @param task          what was predicted
 * @param label         predicted class (classification), else null
 * @param value         predicted number (regression), else null
 * @param cluster       predicted cluster id (clustering), else null
 * @param anomaly       true when the row looks anomalous (anomaly detection), else null
 * @param score         anomaly score (anomaly detection), else null
 * @param scores        per-class scores in the manifest's label order (classification), else empty
 * @param probabilities true when {@code scores} are probabilities
 * @param notes         what the scorer decided on its own for this row, e.g. an unseen category; for people
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Prediction(ModelTask task, String label, Double value, Integer cluster, Boolean anomaly, Double score,
                         Map<String, Double> scores, boolean probabilities, List<String> notes) {

    public Prediction {
        scores = scores == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** @return a classification prediction; {@code scores} keep their iteration order */
    public static Prediction ofLabel(String label, Map<String, Double> scores, boolean probabilities,
                                     List<String> notes) {
        return new Prediction(ModelTask.CLASSIFICATION, label, null, null, null, null, scores, probabilities, notes);
    }

    /** @return a regression prediction */
    public static Prediction ofValue(double value, List<String> notes) {
        return new Prediction(ModelTask.REGRESSION, null, value, null, null, null, null, false, notes);
    }

    /** @return a clustering prediction */
    public static Prediction ofCluster(int cluster, List<String> notes) {
        return new Prediction(ModelTask.CLUSTERING, null, null, cluster, null, null, null, false, notes);
    }

    /** @return an anomaly-detection prediction */
    public static Prediction ofAnomaly(boolean anomaly, double score, List<String> notes) {
        return new Prediction(ModelTask.ANOMALY, null, null, null, anomaly, score, null, false, notes);
    }
}
