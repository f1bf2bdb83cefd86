package io.modelwright.core.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.featurize.CanonicalTable;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.featurize.InputSpec;

import java.util.List;

/**
 * Reads rows of a {@link DataTable} in the featurizer's canonical form (numbers as {@code Double}, NaN when
 * missing; categories as their level {@code String}, null when missing), without going through text: a row at a
 * time ({@link #row}) or a cell at a time ({@link CanonicalTable}, no boxing).
 */
public final class TableRows implements CanonicalTable {
    private final Column[] columns;
    private final NumericColumn[] numbers;
    private final CategoricalColumn[] categories;

    /**
     * @param table the data
     * @param spec  the featurizer whose inputs say which columns to read, in which order
     */
    public TableRows(DataTable table, FeaturizerSpec spec) {
        List<InputSpec> inputs = spec.inputs();
        columns = new Column[inputs.size()];
        numbers = new NumericColumn[columns.length];
        categories = new CategoricalColumn[columns.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = table.column(inputs.get(i).name());
            if (columns[i] instanceof NumericColumn n) {
                numbers[i] = n;
            } else {
                categories[i] = (CategoricalColumn) columns[i];
            }
        }
    }

    @Override
    public double number(int input, int row) {
        return numbers[input].value(row);
    }

    @Override
    public String level(int input, int row) {
        return categories[input].level(row);
    }

    /** @return the canonical values of one row, in input order */
    public Object[] row(int row) {
        Object[] out = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            Column c = columns[i];
            if (c instanceof NumericColumn n) {
                out[i] = n.value(row);
            } else {
                out[i] = ((CategoricalColumn) c).level(row);
            }
        }
        return out;
    }
}
