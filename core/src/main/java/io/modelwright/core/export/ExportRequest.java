package io.modelwright.core.export;

import io.modelwright.runtime.artifact.ModelTask;
import io.modelwright.runtime.artifact.TrainingDataFingerprint;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.score.Prediction;
import org.tribuo.Model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything export needs from a training run, without depending on how training is done.
 *
 * @param modelName       model name (also the name in KServe URLs); letters, digits, '-', '_' and '.'
 * @param modelVersion    model version, e.g. "1"
 * @param task            what the model predicts
 * @param target          the predicted column, or null (clustering, anomaly detection)
 * @param model           the trained Tribuo model
 * @param featurizer      the featurizer state the model was trained with
 * @param algorithmId     Modelwright's algorithm id, e.g. "logistic-regression"
 * @param hyperparameters hyperparameter name to value, as text
 * @param seed            random seed used for training
 * @param metrics         held-out metrics by name
 * @param metricsStd      standard deviation of each metric across folds (may be empty)
 * @param trainingData    rows and SHA-256 of the training CSV (no path)
 * @param exampleRows     a few real rows, raw (column name to value), for input_example.json and the examples
 * @param heldOut         held-out rows with the predictions the app made for them; verification replays them
 * @param intendedUse     what the model is for, in the user's words
 * @param limitations     known limitations, in the user's words
 * @param scorerJar       the shaded scorer jar to ship, or null to find it ({@link ScorerJarLocator})
 */
public record ExportRequest(String modelName, String modelVersion, ModelTask task, String target, Model<?> model,
                            FeaturizerSpec featurizer, String algorithmId, Map<String, String> hyperparameters,
                            long seed, Map<String, Double> metrics, Map<String, Double> metricsStd,
                            TrainingDataFingerprint trainingData, List<Map<String, Object>> exampleRows,
                            List<HeldOutRow> heldOut, String intendedUse, String limitations, Path scorerJar) {

    public ExportRequest {
        if (modelName == null || !modelName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw new IllegalArgumentException("The model name '" + modelName + "' cannot be used in URLs: use "
                    + "letters, digits, '-', '_' or '.' (at most 63 characters).");
        }
        hyperparameters = hyperparameters == null ? Map.of() : Map.copyOf(hyperparameters);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        metricsStd = metricsStd == null ? Map.of() : Map.copyOf(metricsStd);
        exampleRows = List.copyOf(exampleRows);
        heldOut = List.copyOf(heldOut);
        if (exampleRows.isEmpty()) {
            throw new IllegalArgumentException("Export needs at least one example row.");
        }
        if (heldOut.isEmpty()) {
            // Without held-out rows the self-check would pass vacuously; an unverified artifact is not exported.
            throw new IllegalArgumentException("Export needs held-out rows with the app's predictions to verify "
                    + "the artifact (at least 1,000, or all of them).");
        }
    }

    /**
     * A held-out row and what the app predicted for it.
     *
     * @param row      raw values, column name to value (as the user would send them)
     * @param expected the in-app prediction (label + scores, or value, cluster, anomaly flag + score)
     */
    public record HeldOutRow(Map<String, Object> row, Prediction expected) {
    }
}
