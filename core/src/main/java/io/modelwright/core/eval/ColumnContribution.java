package io.modelwright.core.eval;

/**
 * How much one column's value moved one prediction, compared with typical values of that column.
 *
 * @param column       the column name
 * @param value        the row's value as shown to a person ("(missing)" for a missing value)
 * @param contribution score with the row's value − mean score with background values in its place;
 *                     positive means this value pushed the score up
 */
public record ColumnContribution(String column, String value, double contribution) {
}
