package io.modelwright.core.data;

import io.modelwright.runtime.schema.ColumnType;

/**
 * One column of a {@link DataTable}: a name, a type with the reason it was chosen, and the values,
 * stored compactly (see {@link NumericColumn} and {@link CategoricalColumn}).
 */
public sealed interface Column permits NumericColumn, CategoricalColumn {

    /** @return the column name (unique within its table) */
    String name();

    /** @return the type import decided on, or the user's override */
    ColumnType type();

    /** @return one line a person can read, saying why the type was chosen */
    String reason();

    /** @return how many rows */
    int size();

    /** @return true when the value at {@code row} is missing */
    boolean isMissing(int row);

    /** @return the value at {@code row} as a person would read it; empty string when missing */
    String text(int row);

    /** @return number of missing values */
    int missingCount();
}
