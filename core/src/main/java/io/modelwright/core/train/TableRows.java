package io.modelwright.core.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.featurize.InputSpec;

import java.util.List;

/**
 * Reads rows of a {@link DataTable} in the featurizer's canonical form (numbers as {@code Double}, NaN when
 * missing; categories as their level {@code String}, null when missing), without going through text.
 */
public final class TableRows {
    private final Column[] columns;

    /**
     * @param table the data
     * @param spec  the featurizer whose inputs say which columns to read, in which order
     */
    public TableRows(DataTable table, FeaturizerSpec spec) {
        List<InputSpec> inputs = spec.inputs();
        columns = new Column[inputs.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = table.column(inputs.get(i).name());
        }
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
