package io.modelwright.core.data;

import io.modelwright.runtime.schema.ColumnType;

import java.util.Objects;

/**
 * A column stored as a primitive {@code double[]}; {@code NaN} marks a missing value.
 * Used for numeric, integer, boolean (0/1) and datetime (seconds since 1970-01-01T00:00Z, UTC) columns.
 *
 * @param name          column name
 * @param type          numeric, integer, boolean, datetime, or constant/empty when all values are equal/missing
 * @param reason        why that type was chosen, for people
 * @param values        the values; NaN is missing. Never modified after construction.
 * @param format        how to read/write a value: for datetime the {@link java.time.format.DateTimeFormatter} pattern,
 *                      for boolean "trueToken|falseToken" (e.g. "yes|no"); otherwise null
 * @param missingCount  number of NaN values
 */
public record NumericColumn(String name, ColumnType type, String reason, double[] values, String format,
                            int missingCount) implements Column {

    public NumericColumn {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(values);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    /** @return the value at {@code row}; NaN when missing */
    public double value(int row) {
        return values[row];
    }

    @Override
    public String text(int row) {
        return ValueFormatter.format(this, row);
    }
}
