package io.modelwright.bench.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.CsvImporter;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.runtime.schema.ColumnType;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The training benchmark's data: {@code x01..x20} numeric, {@code region} categorical (5 levels), {@code label}
 * yes/no. The label is a noisy NON-linear function (thresholds, an interaction, a sine, a square, a
 * category-by-feature effect), then 15% of labels are flipped, so trees beat a linear model and no model can
 * exceed roughly 0.85 accuracy. Values are rounded to 6 decimals so the CSV file and the in-memory arrays are
 * exactly the same numbers.
 */
public final class BenchmarkData {
    /** Seed of the generator; every file of a given size is byte-identical from run to run. */
    public static final long SEED = 20_261_127L;
    public static final int NUMERIC = 20;
    public static final List<String> LEVELS = List.of("North", "South", "East", "West", "Centre");
    public static final String TARGET = "label";
    private static final double[] LEVEL_EFFECT = {1.0, -0.8, 0.4, -0.2, 0.0};
    private static final double LABEL_NOISE = 0.15;

    private final double[][] x; // x[column][row]
    private final int[] region;
    private final boolean[] label;

    private BenchmarkData(double[][] x, int[] region, boolean[] label) {
        this.x = x;
        this.region = region;
        this.label = label;
    }

    /** @return {@code rows} rows drawn with the fixed {@link #SEED} */
    public static BenchmarkData generate(int rows) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] x = new double[NUMERIC][rows];
        int[] region = new int[rows];
        boolean[] label = new boolean[rows];
        double[] v = new double[NUMERIC];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < NUMERIC; j++) {
                v[j] = round6(gaussian(random));
                x[j][r] = v[j];
            }
            region[r] = random.nextInt(LEVELS.size());
            double score = 1.2 * (v[0] > 0.5 ? 1 : 0) - 1.0 * (v[1] < -0.3 ? 1 : 0) + 0.9 * v[2] * v[3]
                    + Math.sin(2 * v[4]) + 0.6 * (v[5] * v[5] - 1) + LEVEL_EFFECT[region[r]] * (v[6] > 0 ? 1 : -1)
                    + 0.5 * v[7] - 0.5 * Math.abs(v[8]) + 0.4 * Math.max(0, v[9] - v[10])
                    + 0.25 * gaussian(random);
            boolean y = score > -0.1;
            label[r] = random.nextDouble() < LABEL_NOISE ? !y : y;
        }
        return new BenchmarkData(x, region, label);
    }

    /** @return the number of rows */
    public int rows() {
        return label.length;
    }

    /** @return the benchmark file name for a row count, e.g. {@code train-100000.csv} */
    public static String fileName(int rows) {
        return "train-" + rows + ".csv";
    }

    /** Writes the CSV file (header, comma, '.' decimals). */
    public void writeCsv(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(256);
            for (int j = 0; j < NUMERIC; j++) {
                line.append(name(j)).append(',');
            }
            w.write(line.append("region,").append(TARGET).append('\n').toString());
            for (int r = 0; r < rows(); r++) {
                line.setLength(0);
                for (int j = 0; j < NUMERIC; j++) {
                    line.append(x[j][r]).append(',');
                }
                line.append(LEVELS.get(region[r])).append(',').append(label[r] ? "yes" : "no").append('\n');
                w.write(line.toString());
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** @return the same data as a Modelwright table, built from the arrays (no CSV parsing) */
    public DataTable toTable() {
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < NUMERIC; j++) {
            columns.add(new NumericColumn(name(j), ColumnType.NUMERIC, "benchmark generator", x[j], null, 0));
        }
        columns.add(new CategoricalColumn("region", ColumnType.CATEGORICAL, "benchmark generator", region, LEVELS, 0));
        int[] codes = new int[rows()];
        for (int r = 0; r < codes.length; r++) {
            codes[r] = label[r] ? 1 : 0;
        }
        columns.add(new CategoricalColumn(TARGET, ColumnType.CATEGORICAL, "benchmark generator", codes,
                List.of("no", "yes"), 0));
        return new DataTable(columns, rows());
    }

    /**
     * Loads the benchmark table the way the app does (CsvImporter); while the import engine is not in this tree
     * (the importer still throws UnsupportedOperationException), builds it from the generator's arrays instead.
     *
     * @return the table and how it was obtained
     */
    public static Loaded load(Path csv, int rows) {
        try {
            DataTable t = new CsvImporter().load(csv, ImportOptions.detect(), ProgressListener.NONE,
                    CancellationToken.create()).table();
            return new Loaded(t, "CsvImporter");
        } catch (UnsupportedOperationException e) {
            return new Loaded(generate(rows).toTable(), "built in memory");
        }
    }

    /** A loaded table and where it came from. */
    public record Loaded(DataTable table, String source) {
    }

    static String name(int j) {
        return String.format("x%02d", j + 1);
    }

    private static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
