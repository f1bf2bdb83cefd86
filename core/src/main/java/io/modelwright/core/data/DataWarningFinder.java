package io.modelwright.core.data;

import io.modelwright.runtime.schema.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.modelwright.core.data.TypeReasons.count;
import static io.modelwright.core.data.TypeReasons.percent;

/**
 * Finds what a person should know about a freshly imported table before training: ID-like, constant and mostly
 * missing columns, and labels with very many distinct values. Leakage needs a target: see {@link LeakageDetector}.
 */
public final class DataWarningFinder {
    /** More distinct labels than this in a categorical column make one-hot features unwieldy. */
    public static final int HIGH_CARDINALITY = 100;

    private DataWarningFinder() {
    }

    /** @return warnings for each column of {@code table}, in column order */
    public static List<DataWarning> find(DataTable table, Map<String, ColumnProfile> profiles) {
        List<DataWarning> out = new ArrayList<>();
        int rows = table.rowCount();
        for (Column c : table.columns()) {
            ColumnProfile p = profiles.get(c.name());
            String name = c.name();
            switch (c.type()) {
                case IDENTIFIER -> out.add(new DataWarning(DataWarning.Kind.LIKELY_IDENTIFIER, name, "'" + name
                        + "' has a different value in every row, like an ID; it is left out of the features."));
                case CONSTANT -> out.add(new DataWarning(DataWarning.Kind.CONSTANT, name, "'" + name
                        + "' has the same value in every row, so it cannot help a model; it is left out of the features."));
                default -> {
                }
            }
            if (c.missingCount() * 2 > rows) {
                out.add(new DataWarning(DataWarning.Kind.MANY_MISSING, name, "'" + name + "' is missing in "
                        + count(c.missingCount()) + " of " + count(rows) + " rows (" + percent(c.missingCount(), rows)
                        + "). Consider leaving it out, or check the missing-value tokens."));
            }
            if (c.type() == ColumnType.CATEGORICAL && p != null && p.distinct() > HIGH_CARDINALITY) {
                out.add(new DataWarning(DataWarning.Kind.HIGH_CARDINALITY, name, "'" + name + "' has "
                        + count(p.distinct()) + " different labels; each becomes its own feature. Consider grouping "
                        + "rare labels or setting the type to text."));
            }
        }
        return out;
    }

    /** @return the warning for rows skipped with --skip-bad-rows */
    static DataWarning skippedRows(int skipped, long firstLine, int expected) {
        return new DataWarning(DataWarning.Kind.SKIPPED_ROWS, null, count(skipped) + (skipped == 1 ? " row was" : " rows were")
                + " skipped because " + (skipped == 1 ? "it does" : "they do") + " not have " + expected
                + " fields (the first at line " + firstLine + ").");
    }
}
