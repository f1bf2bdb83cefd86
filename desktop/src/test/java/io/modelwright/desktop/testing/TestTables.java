package io.modelwright.desktop.testing;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.ColumnProfiler;
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

    /**
     * The real sample-data/iris.csv, read with Commons CSV while core's importer is not merged here: four numeric
     * columns and the categorical {@code species}.
     */
    public static ImportResult iris() {
        Path file = Path.of("..", "sample-data", "iris.csv").toAbsolutePath().normalize();
        try (var reader = java.nio.file.Files.newBufferedReader(file);
             var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .build().parse(reader)) {
            List<org.apache.commons.csv.CSVRecord> records = parser.getRecords();
            List<String> names = parser.getHeaderNames();
            List<io.modelwright.core.data.Column> columns = new java.util.ArrayList<>();
            for (int c = 0; c < names.size() - 1; c++) {
                double[] values = new double[records.size()];
                for (int r = 0; r < records.size(); r++) {
                    values[r] = Double.parseDouble(records.get(r).get(c));
                }
                columns.add(new NumericColumn(names.get(c), ColumnType.NUMERIC, "All values are numbers with decimals.",
                        values, null, 0));
            }
            List<String> levels = records.stream().map(r -> r.get(names.size() - 1)).distinct().sorted().toList();
            int[] codes = records.stream().mapToInt(r -> levels.indexOf(r.get(names.size() - 1))).toArray();
            columns.add(new CategoricalColumn(names.get(names.size() - 1), ColumnType.CATEGORICAL,
                    levels.size() + " distinct labels.", codes, levels, 0));
            return new ImportResult(file, COMMA_UTF8, new DataTable(columns, records.size()), Map.of(), List.of(), 0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A noisy two-class table that slow algorithms take seconds to learn: {@code rows} rows of eight random
     * numbers and a label that depends on them with noise.
     */
    public static ImportResult noisyClasses(int rows) {
        java.util.Random random = new java.util.Random(7);
        List<io.modelwright.core.data.Column> columns = new java.util.ArrayList<>();
        double[][] x = new double[8][rows];
        int[] label = new int[rows];
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int f = 0; f < 8; f++) {
                x[f][r] = random.nextGaussian();
                sum += x[f][r] * (f % 2 == 0 ? 1 : -0.5);
            }
            label[r] = sum + random.nextGaussian() * 2 > 0 ? 1 : 0;
        }
        for (int f = 0; f < 8; f++) {
            columns.add(new NumericColumn("x" + f, ColumnType.NUMERIC, "Numbers.", x[f], null, 0));
        }
        columns.add(new CategoricalColumn("label", ColumnType.CATEGORICAL, "2 labels.", label, List.of("no", "yes"), 0));
        return new ImportResult(Path.of("noisy.csv"), COMMA_UTF8, new DataTable(columns, rows), Map.of(), List.of(), 0);
    }

    /** A table of {@code rows} rows: {@code id} = row number, {@code value} = row * 0.5. */
    public static ImportResult numbers(int rows) {
        double[] ids = new double[rows];
        double[] values = new double[rows];
        for (int i = 0; i < rows; i++) {
            ids[i] = i;
            values[i] = i * 0.5;
        }
        NumericColumn id = new NumericColumn("id", ColumnType.INTEGER, "Whole numbers.", ids, null, 0);
        NumericColumn value = new NumericColumn("value", ColumnType.NUMERIC, "Numbers with decimals.", values, null, 0);
        DataTable table = new DataTable(List.of(id, value), rows);
        // Profiled as the importer profiles: the Data screen sizes number columns from their range.
        return new ImportResult(Path.of("numbers.csv"), COMMA_UTF8, table,
                Map.of("id", ColumnProfiler.profile(id), "value", ColumnProfiler.profile(value)), List.of(), 0);
    }
}
