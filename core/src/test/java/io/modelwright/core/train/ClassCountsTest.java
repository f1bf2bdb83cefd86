package io.modelwright.core.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.schema.ColumnType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class ClassCountsTest {

    /** What the counts were before: the text of every row. */
    private static Map<String, Integer> byEveryRowsText(Column column) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int r = 0; r < column.size(); r++) {
            if (!column.isMissing(r)) {
                counts.merge(column.text(r), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void categoriesAreCountedByLevelWithMissingLeftOut() {
        CategoricalColumn species = new CategoricalColumn("species", ColumnType.CATEGORICAL, "Labels.",
                new int[]{0, 1, 1, -1, 2, 1}, List.of("setosa", "versicolor", "virginica"), 1);

        assertThat(ClassCounts.of(species)).containsExactly(Map.entry("setosa", 1), Map.entry("versicolor", 3),
                Map.entry("virginica", 1));
        assertThat(ClassCounts.of(species)).isEqualTo(byEveryRowsText(species));
    }

    @Test
    void numbersAreCountedByValueUnderTheTextOfTheValue() {
        Random random = new Random(3);
        double[] values = new double[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 97 == 0 ? Double.NaN : random.nextInt(5) * 0.5;
        }
        NumericColumn grades = new NumericColumn("grade", ColumnType.NUMERIC, "Numbers.", values, null, 0);

        assertThat(ClassCounts.of(grades)).isEqualTo(byEveryRowsText(grades));
        assertThat(ClassCounts.of(grades).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(values.length - (values.length + 96) / 97);
    }

    @Test
    void manyDistinctNumbersStillCountCorrectly() {
        double[] values = new double[1_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 200;
        }
        NumericColumn many = new NumericColumn("code", ColumnType.INTEGER, "Whole numbers.", values, null, 0);

        assertThat(ClassCounts.of(many)).hasSize(200).isEqualTo(byEveryRowsText(many));
    }
}
