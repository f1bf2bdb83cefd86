package io.modelwright.core.data;

import io.modelwright.runtime.schema.ColumnType;

import java.util.List;
import java.util.Objects;

/**
 * A column stored dictionary-encoded: each row holds an {@code int} code into {@link #levels()}; -1 is missing.
 * Used for categorical, text and identifier columns (and constant/empty columns of text).
 *
 * @param name         column name
 * @param type         categorical, text, identifier, constant or empty
 * @param reason       why that type was chosen, for people
 * @param codes        per-row code into levels, -1 when missing. Never modified after construction.
 * @param levels       distinct values in order of first appearance
 * @param missingCount number of rows with code -1
 */
public record CategoricalColumn(String name, ColumnType type, String reason, int[] codes, List<String> levels,
                                int missingCount) implements Column {

    public CategoricalColumn {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(codes);
        levels = List.copyOf(levels);
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] < 0;
    }

    /** @return the level at {@code row}, or null when missing */
    public String level(int row) {
        int code = codes[row];
        return code < 0 ? null : levels.get(code);
    }

    @Override
    public String text(int row) {
        String level = level(row);
        return level == null ? "" : level;
    }
}
