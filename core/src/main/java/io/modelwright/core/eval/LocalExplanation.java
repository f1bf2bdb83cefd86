package io.modelwright.core.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Why one prediction came out as it did, in terms of the original columns, for any model.
 *
 * <p>Method (occlusion, "what if this column were typical"): for each column, replace the row's value by the
 * value of that column in each background row, score the changed row, and average. The contribution is the
 * row's own score minus that average. Other columns keep the row's values, so interactions are not split
 * fairly between columns (unlike SHAP) and contributions need not add up to anything; they answer
 * "how different would the score be if only this column were typical?". Costs columns × background scores.
 * Deterministic: the same inputs give the same explanation.
 *
 * @param prediction    the model's score for the row (probability of the predicted class, or the regression value)
 * @param contributions one per column, largest absolute contribution first (ties keep column order)
 */
public record LocalExplanation(double prediction, List<ColumnContribution> contributions) {

    /** Makes the record immutable. */
    public LocalExplanation {
        contributions = List.copyOf(contributions);
    }

    /**
     * @param row         the canonical row to explain (Double, String or null per column); not modified
     * @param columnNames the column names, in row order
     * @param background  canonical rows of typical data, e.g. a seeded sample of 50–200 training rows
     * @param model       scores a canonical row: the probability of the class predicted for {@code row},
     *                    or the regression value
     * @return the explanation
     * @throws IllegalArgumentException when the background is empty or a row has the wrong length
     */
    public static LocalExplanation explain(Object[] row, List<String> columnNames, List<Object[]> background,
                                           ToDoubleFunction<Object[]> model) {
        if (background.isEmpty()) {
            throw new IllegalArgumentException("Explaining a prediction needs at least one background row.");
        }
        checkLength(row, columnNames.size(), "The row");
        for (Object[] typical : background) {
            checkLength(typical, columnNames.size(), "A background row");
        }
        double prediction = model.applyAsDouble(row.clone());
        List<ColumnContribution> contributions = new ArrayList<>(columnNames.size());
        for (int c = 0; c < columnNames.size(); c++) {
            double sum = 0;
            for (Object[] typical : background) {
                Object[] changed = row.clone();
                changed[c] = typical[c];
                sum += model.applyAsDouble(changed);
            }
            contributions.add(new ColumnContribution(columnNames.get(c), shown(row[c]),
                    prediction - sum / background.size()));
        }
        contributions.sort(Comparator.comparingDouble((ColumnContribution x) -> Math.abs(x.contribution())).reversed());
        return new LocalExplanation(prediction, contributions);
    }

    private static void checkLength(Object[] values, int expected, String what) {
        if (values.length != expected) {
            throw new IllegalArgumentException(what + " has " + values.length + " values but there are "
                    + expected + " columns.");
        }
    }

    /** How a canonical value reads to a person: whole numbers without ".0", missing as "(missing)". */
    static String shown(Object value) {
        if (value == null || (value instanceof Double d && d.isNaN())) {
            return "(missing)";
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return value.toString();
    }
}
