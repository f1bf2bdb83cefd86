package io.modelwright.core.eval;

import java.util.List;

/**
 * How much the model's score drops when one original column is shuffled.
 *
 * @param column            the column name
 * @param importance        baseline score − mean score with the column shuffled; near 0 or below means unused
 * @param standardDeviation population standard deviation of the drop over the repeats (as scikit-learn reports)
 * @param repeatImportances the drop in each repeat, in repeat order
 */
public record ColumnImportance(String column, double importance, double standardDeviation,
                               List<Double> repeatImportances) {

    /** Makes the record immutable. */
    public ColumnImportance {
        repeatImportances = List.copyOf(repeatImportances);
    }
}
