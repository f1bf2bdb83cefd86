package io.modelwright.core.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.NumericColumn;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many rows each class of a target column has, keyed by the class's text. The text of each distinct value is
 * made once, not once per row: checking a 1M-row target when Train is pressed formatted a million numbers on the
 * JavaFX thread (~0.2 s).
 */
public final class ClassCounts {
    /** Past this many distinct numbers, counting by text is as good as any. */
    private static final int MAX_DISTINCT_NUMBERS = 64;

    private ClassCounts() {
    }

    /** @return rows per class text, in text order; missing values are not counted */
    public static Map<String, Integer> of(Column column) {
        if (column instanceof CategoricalColumn categorical) {
            return ofCategories(categorical);
        }
        if (column instanceof NumericColumn numeric) {
            Map<String, Integer> counts = ofNumbers(numeric);
            if (counts != null) {
                return counts;
            }
        }
        return byText(column);
    }

    private static Map<String, Integer> ofCategories(CategoricalColumn column) {
        int[] perLevel = new int[column.levels().size()];
        int[] firstRow = new int[perLevel.length];
        for (int r = 0; r < column.size(); r++) {
            int code = column.codes()[r];
            if (code >= 0 && perLevel[code]++ == 0) {
                firstRow[code] = r;
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (int level = 0; level < perLevel.length; level++) {
            if (perLevel[level] > 0) {
                counts.merge(column.text(firstRow[level]), perLevel[level], Integer::sum);
            }
        }
        return counts;
    }

    /** @return the counts, or null when the column has too many distinct numbers for a short list */
    private static Map<String, Integer> ofNumbers(NumericColumn column) {
        double[] values = new double[8];
        int[] perValue = new int[8];
        int[] firstRow = new int[8];
        int distinct = 0;
        for (int r = 0; r < column.size(); r++) {
            if (column.isMissing(r)) {
                continue;
            }
            double v = column.value(r);
            int i = 0;
            while (i < distinct && Double.compare(values[i], v) != 0) {
                i++;
            }
            if (i == distinct) {
                if (distinct == MAX_DISTINCT_NUMBERS) {
                    return null;
                }
                if (distinct == values.length) {
                    values = Arrays.copyOf(values, distinct * 2);
                    perValue = Arrays.copyOf(perValue, distinct * 2);
                    firstRow = Arrays.copyOf(firstRow, distinct * 2);
                }
                values[distinct] = v;
                firstRow[distinct] = r;
                distinct++;
            }
            perValue[i]++;
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < distinct; i++) {
            counts.merge(column.text(firstRow[i]), perValue[i], Integer::sum);
        }
        return counts;
    }

    private static Map<String, Integer> byText(Column column) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int r = 0; r < column.size(); r++) {
            if (!column.isMissing(r)) {
                counts.merge(column.text(r), 1, Integer::sum);
            }
        }
        return counts;
    }
}
