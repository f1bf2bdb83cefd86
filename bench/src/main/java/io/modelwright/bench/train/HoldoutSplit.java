package io.modelwright.bench.train;

import io.modelwright.core.data.DataTable;
import io.modelwright.core.train.AlgorithmCatalog;
import io.modelwright.core.train.Fold;
import io.modelwright.core.train.StratifiedSplitter;

/**
 * The one 80/20 split every tool is scored on: exactly the split Modelwright's engine makes for
 * {@code holdout:0.2} with the default seed (same rows, same strata, same seed), so peers and Modelwright
 * learn from and are tested on the same rows.
 */
public final class HoldoutSplit {
    public static final double TEST_FRACTION = 0.2;
    public static final long SEED = AlgorithmCatalog.DEFAULT_SEED;

    private HoldoutSplit() {
    }

    /** @return the stratified hold-out split of the table's rows, by the target's text */
    public static Fold of(DataTable table) {
        int n = table.rowCount();
        int[] rows = new int[n];
        String[] strata = new String[n];
        var target = table.column(BenchmarkData.TARGET);
        for (int r = 0; r < n; r++) {
            rows[r] = r;
            strata[r] = target.text(r);
        }
        return StratifiedSplitter.split(rows, strata, TEST_FRACTION, SEED);
    }

    /** The trainer seed the engine derives for fold 0 (a copy of TrainingEngine.foldSeed, package-private there). */
    public static long trainerSeed() {
        long z = SEED + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
