package io.modelwright.bench.ui;

import java.nio.file.Path;

/**
 * Plain launcher (not an {@code Application}) so JavaFX starts from the class path.
 * Argument: the CSV to load, e.g. bench/data/import-1000000.csv (made by ImportBenchmark).
 */
public final class UiBenchmarkMain {
    private UiBenchmarkMain() {
    }

    public static void main(String[] args) {
        UiResponsivenessBenchmark.run(Path.of(args.length > 0 ? args[0] : "bench/data/import-1000000.csv"));
    }
}
