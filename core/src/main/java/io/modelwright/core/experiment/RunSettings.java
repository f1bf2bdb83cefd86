package io.modelwright.core.experiment;

import io.modelwright.runtime.schema.ColumnType;

import java.util.List;
import java.util.Map;

/**
 * What a run needs, besides the {@link io.modelwright.core.project.RunRecord} fields, to be trained again and
 * compared: the request's column choices, the data fingerprint, and the out-of-fold predictions. Kept in the
 * record's held-out JSON.
 *
 * @param target          the target column, or null
 * @param featureColumns  the input columns, in order
 * @param ignoredColumns  the columns the person left out
 * @param typeOverrides   the column types the person chose at import (import applies them again)
 * @param typedSettings   the algorithm settings as the person typed them
 * @param stratify        whether splits kept class proportions
 * @param datasetFile     the data file's name (no folder)
 * @param datasetSha256   SHA-256 of the data file
 * @param datasetRows     rows in the data file
 * @param rowsUsed        rows with a target value
 * @param classes         classification: the classes, sorted
 * @param outOfFold       each validated row's prediction, in row order
 */
public record RunSettings(String target, List<String> featureColumns, List<String> ignoredColumns,
                          Map<String, ColumnType> typeOverrides, Map<String, String> typedSettings, boolean stratify,
                          String datasetFile, String datasetSha256, long datasetRows, int rowsUsed,
                          List<String> classes, List<HeldOutPrediction> outOfFold) {

    /**
     * One held-out row's prediction by the fold model that did not learn from it.
     *
     * @param row           table row index
     * @param fold          0-based fold
     * @param predicted     label, cluster id or anomaly flag; null for regression
     * @param value         regression value or anomaly score; null otherwise
     * @param probabilities per class, or null
     */
    public record HeldOutPrediction(int row, int fold, String predicted, Double value, double[] probabilities) {

        /** @return true when both are the very same prediction (exact doubles) */
        public boolean sameAs(HeldOutPrediction o) {
            return row == o.row && fold == o.fold && java.util.Objects.equals(predicted, o.predicted)
                    && java.util.Objects.equals(value, o.value) && java.util.Arrays.equals(probabilities, o.probabilities);
        }
    }

    /** @return the validated rows, in order */
    public List<Integer> heldOutRows() {
        return outOfFold.stream().map(HeldOutPrediction::row).toList();
    }
}
