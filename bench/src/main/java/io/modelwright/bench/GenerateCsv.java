package io.modelwright.bench;

import java.nio.file.Path;

/** Writes the shared benchmark CSV (fixed seed) if it is missing: {@code GenerateCsv FILE ROWS}. */
public final class GenerateCsv {
    private GenerateCsv() {
    }

    public static void main(String[] args) throws Exception {
        SyntheticCsv.ensure(Path.of(args[0]), Integer.parseInt(args[1]));
    }
}
