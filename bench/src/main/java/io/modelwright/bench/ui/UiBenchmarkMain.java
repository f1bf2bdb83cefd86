package io.modelwright.bench.ui;

import java.nio.file.Path;

/**
 * Plain launcher (not an {@code Application}) so JavaFX starts from the class path.
 * Arguments: the CSV to load, e.g. bench/data/import-1000000.csv (made by ImportBenchmark), and optionally
 * {@code --no-train} to stop after loading and scrolling (a quick look at the Data screen alone), or
 * {@code --probe} to measure the JavaFX thread's CPU time for showing the Data screen ({@link DataScreenProbe}).
 */
public final class UiBenchmarkMain {
    private UiBenchmarkMain() {
    }

    public static void main(String[] args) {
        boolean train = !java.util.Arrays.asList(args).contains("--no-train");
        String csv = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst()
                .orElse("bench/data/import-1000000.csv");
        if (java.util.Arrays.asList(args).contains("--probe")) {
            DataScreenProbe.run(Path.of(csv));
        } else {
            UiResponsivenessBenchmark.run(Path.of(csv), train);
        }
    }
}
