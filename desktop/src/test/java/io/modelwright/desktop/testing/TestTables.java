package io.modelwright.desktop.testing;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.CsvDialect;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.DataWarning;
import io.modelwright.core.data.ImportResult;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.schema.ColumnType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Tables built in memory, for tests that must not wait for (or depend on) the CSV importer. */
public final class TestTables {
    public static final CsvDialect COMMA_UTF8 = new CsvDialect(StandardCharsets.UTF_8, false, ',', '"', true, '.', "\n");

    private TestTables() {
    }

    /** The first four rows of iris, with one missing petal width and a warning. */
    public static ImportResult smallIris() {
        NumericColumn sepal = new NumericColumn("sepal_length", ColumnType.NUMERIC,
                "All 4 values are numbers with decimals.", new double[]{5.1, 4.9, 4.7, 4.6}, null, 0);
        NumericColumn petal = new NumericColumn("petal_width", ColumnType.NUMERIC,
                "All 3 values are numbers with decimals.", new double[]{0.2, Double.NaN, 0.2, 0.2}, null, 1);
        CategoricalColumn species = new CategoricalColumn("species", ColumnType.CATEGORICAL,
                "2 distinct labels repeated across 4 rows.", new int[]{0, 0, 1, 1}, List.of("setosa", "versicolor"), 0);
        DataTable table = new DataTable(List.of(sepal, petal, species), 4);
        List<DataWarning> warnings = List.of(new DataWarning(DataWarning.Kind.MANY_MISSING, "petal_width",
                "25% of the values are missing."));
        return new ImportResult(Path.of("iris.csv"), COMMA_UTF8, table, Map.of(), warnings, 0);
    }

    /** A table of {@code rows} rows: {@code id} = row number, {@code value} = row * 0.5. */
    public static ImportResult numbers(int rows) {
        double[] ids = new double[rows];
        double[] values = new double[rows];
        for (int i = 0; i < rows; i++) {
            ids[i] = i;
            values[i] = i * 0.5;
        }
        DataTable table = new DataTable(List.of(
                new NumericColumn("id", ColumnType.INTEGER, "Whole numbers.", ids, null, 0),
                new NumericColumn("value", ColumnType.NUMERIC, "Numbers with decimals.", values, null, 0)), rows);
        return new ImportResult(Path.of("numbers.csv"), COMMA_UTF8, table, Map.of(), List.of(), 0);
    }
}
