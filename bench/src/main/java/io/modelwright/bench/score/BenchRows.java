package io.modelwright.bench.score;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Generated rows for the scorer benchmark: 20 numeric columns {@code f1..f20} (five decimals), one categorical
 * column with 5 levels, and a yes/no label that depends on the first five columns and the category. Seeded, so
 * every run sees the same data.
 */
public final class BenchRows {
    static final String CATEGORY = "category";
    static final List<String> LEVELS = List.of("cat_a", "cat_b", "cat_c", "cat_d", "cat_e");
    static final List<String> COLUMNS = columns();

    private final Random random;
    private String lastLabel;

    BenchRows(long seed) {
        random = new Random(seed);
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(IntStream.rangeClosed(1, 20).mapToObj(i -> "f" + i).toList());
        c.add(CATEGORY);
        return List.copyOf(c);
    }

    /** @return the next row as column name to value (Double, or String for the category) */
    Map<String, Object> nextRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        double score = 0;
        for (int c = 0; c < 20; c++) {
            double v = Math.round(random.nextGaussian() * (c + 1) * 100_000) / 100_000.0;
            score += c < 5 ? v / (c + 1) : 0;
            row.put("f" + (c + 1), v);
        }
        int level = random.nextInt(LEVELS.size());
        row.put(CATEGORY, LEVELS.get(level));
        lastLabel = score + level * 0.5 - 1 + random.nextGaussian() > 0 ? "yes" : "no";
        return row;
    }

    /** @return the label of the row {@link #nextRow} returned last */
    String lastLabel() {
        return lastLabel;
    }

    /** @return a headerless CSV line in column order */
    static String csvLine(Map<String, Object> row) {
        StringBuilder b = new StringBuilder(200);
        for (String c : COLUMNS) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(row.get(c));
        }
        return b.toString();
    }

    /** Writes a headerless CSV of {@code rows} rows (the scorer's batch input) unless the file exists. */
    static Path ensureCsv(Path file, int rows) throws IOException {
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        BenchRows data = new BenchRows(2L);
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (int i = 0; i < rows; i++) {
                w.write(csvLine(data.nextRow()));
                w.write('\n');
            }
        }
        Files.move(tmp, file);
        return file;
    }

    /** @return {@code {"dataframe_split": {"columns": [...], "data": [[...], ...]}}} for {@code n} rows */
    static String dataframeSplit(int n, long seed) {
        BenchRows data = new BenchRows(seed);
        StringBuilder b = new StringBuilder("{\"dataframe_split\":{\"columns\":[");
        for (int i = 0; i < COLUMNS.size(); i++) {
            b.append(i == 0 ? "" : ",").append('"').append(COLUMNS.get(i)).append('"');
        }
        b.append("],\"data\":[");
        for (int r = 0; r < n; r++) {
            Map<String, Object> row = data.nextRow();
            b.append(r == 0 ? "[" : ",[");
            for (int i = 0; i < COLUMNS.size(); i++) {
                Object v = row.get(COLUMNS.get(i));
                b.append(i == 0 ? "" : ",").append(v instanceof String s ? "\"" + s + "\"" : v);
            }
            b.append(']');
        }
        return b.append("]}}").toString();
    }

    /** @return {@code n} headerless CSV lines */
    static String csvBody(int n, long seed) {
        BenchRows data = new BenchRows(seed);
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < n; r++) {
            b.append(csvLine(data.nextRow())).append('\n');
        }
        return b.toString();
    }
}
