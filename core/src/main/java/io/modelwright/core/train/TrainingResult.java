package io.modelwright.core.train;

import io.modelwright.runtime.featurize.FeaturizerSpec;
import org.tribuo.Model;

import java.util.List;
import java.util.Map;

/**
 * What a training run produced: validation scores (per fold, mean and spread), out-of-fold predictions, and the
 * final model with the featurizer state it needs.
 *
 * @param task                 the task
 * @param algorithm            the algorithm id
 * @param hyperparameters      every setting's effective value
 * @param seed                 the seed
 * @param validation           e.g. {@code cv:5}
 * @param rowsUsed             rows with a target (all rows without one)
 * @param rowsDropped          rows left out because their target was missing
 * @param featureCount         number of model features (after one-hot and date parts)
 * @param featureColumns       the input columns
 * @param classes              classification: the classes, sorted; else empty
 * @param folds                per-fold scores
 * @param mean                 per metric, the mean over folds
 * @param std                  per metric, the sample standard deviation over folds (0 with one fold)
 * @param outOfFold            every validated row's prediction, in row order
 * @param model                the final model trained on all rows, or null when not requested
 * @param featurizerSpec       the final model's featurizer state, or null
 * @param importances          native importances (feature to value), possibly empty
 * @param importanceKind       what {@code importances} measure: "weight", "gain", or "none"
 * @param totalMillis          wall time of the whole run
 * @param finalModelMillis     wall time of the final model
 * @param provenanceJson       Tribuo's provenance of the final model as JSON, absolute paths stripped; or null
 * @param warnings             things a person should know (dropped rows, slow algorithm, ...)
 */
public record TrainingResult(Task task, String algorithm, Map<String, String> hyperparameters, long seed,
                             String validation, int rowsUsed, int rowsDropped, int featureCount,
                             List<String> featureColumns, List<String> classes, List<FoldResult> folds,
                             Map<String, Double> mean, Map<String, Double> std, List<OutOfFoldPrediction> outOfFold,
                             Model<?> model, FeaturizerSpec featurizerSpec, Map<String, Double> importances,
                             String importanceKind, long totalMillis, long finalModelMillis, String provenanceJson,
                             List<String> warnings) {

    /** @return one metric's per-fold values, in fold order */
    public double[] foldValues(String metric) {
        return folds.stream().mapToDouble(f -> f.metrics().getOrDefault(metric, Double.NaN)).toArray();
    }
}
