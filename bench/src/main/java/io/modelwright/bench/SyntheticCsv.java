package io.modelwright.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the benchmark file: a header, then rows of 20 numeric columns (five decimals), one categorical column
 * with 5 levels and a yes/no label. A fixed seed makes every run read the same bytes.
 */
final class SyntheticCsv {
    static final int NUMERIC_COLUMNS = 20;
    static final long SEED = 20240601L;

    private SyntheticCsv() {
    }

    /** Writes {@code rows} rows to {@code file} unless a file of that name exists already. */
    static Path ensure(Path file, int rows) throws IOException {
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Random random = new Random(SEED);
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(256);
            for (int c = 1; c <= NUMERIC_COLUMNS; c++) {
                line.append('f').append(c).append(',');
            }
            w.write(line.append("category,label\n").toString());
            for (int r = 0; r < rows; r++) {
                line.setLength(0);
                double score = 0;
                for (int c = 0; c < NUMERIC_COLUMNS; c++) {
                    double v = random.nextGaussian() * (c + 1);
                    score += c < 5 ? v : 0;
                    appendFixed(line, v);
                    line.append(',');
                }
                line.append("cat_").append((char) ('a' + random.nextInt(5))).append(',');
                line.append(score + random.nextGaussian() * 3 > 0 ? "yes" : "no").append('\n');
                w.write(line.toString());
            }
        }
        Files.move(tmp, file);
        return file;
    }

    /** "-12.34567": what a spreadsheet export of measurements looks like, without String.format's cost. */
    private static void appendFixed(StringBuilder out, double v) {
        long scaled = Math.round(v * 100_000);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / 100_000).append('.');
        String frac = Long.toString(scaled % 100_000);
        for (int i = frac.length(); i < 5; i++) {
            out.append('0');
        }
        out.append(frac);
    }
}
