package io.modelwright.core.eval;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Model-agnostic global importance of the original columns: shuffle one column's values among the
 * held-out rows, score again, and see how much the score drops (Breiman 2001; scikit-learn's
 * {@code permutation_importance}). Costs one baseline score plus columns × repeats scores.
 * Deterministic for a given seed.
 *
 * @param baselineScore the score with nothing shuffled
 * @param columns       one entry per column, most important first (ties keep column order)
 */
public record PermutationImportance(double baselineScore, List<ColumnImportance> columns) {

    /** Makes the record immutable. */
    public PermutationImportance {
        columns = List.copyOf(columns);
    }

    /**
     * Same as {@link #compute(int, List, PermutedScorer, int, long, CancellationToken, ProgressListener)}
     * without cancellation or progress.
     */
    public static PermutationImportance compute(int rowCount, List<String> columnNames, PermutedScorer scorer,
                                                int repeats, long seed) {
        return compute(rowCount, columnNames, scorer, repeats, seed, CancellationToken.create(), ProgressListener.NONE);
    }

    /**
     * @param rowCount    number of held-out rows the scorer evaluates
     * @param columnNames the original columns, in the index order the scorer understands
     * @param scorer      evaluates the model, see {@link PermutedScorer}
     * @param repeats     how many shuffles per column (at least 1; 5 is common)
     * @param seed        seed of the shuffles
     * @param cancel      checked before every score
     * @param progress    told after every score
     * @return importances, most important first
     * @throws io.modelwright.core.task.CancelledException when cancelled
     */
    public static PermutationImportance compute(int rowCount, List<String> columnNames, PermutedScorer scorer,
                                                int repeats, long seed, CancellationToken cancel,
                                                ProgressListener progress) {
        if (repeats < 1) {
            throw new IllegalArgumentException("Permutation importance needs at least one repeat, not " + repeats + ".");
        }
        long total = 1 + (long) columnNames.size() * repeats;
        cancel.throwIfCancelled();
        double baseline = scorer.score(null, -1);
        progress.progress(1, total, "Scoring without shuffling");
        SplittableRandom random = new SplittableRandom(seed);
        List<ColumnImportance> importances = new ArrayList<>(columnNames.size());
        for (int column = 0; column < columnNames.size(); column++) {
            List<Double> drops = new ArrayList<>(repeats);
            for (int repeat = 0; repeat < repeats; repeat++) {
                cancel.throwIfCancelled();
                drops.add(baseline - scorer.score(shuffledRows(rowCount, random), column));
                progress.progress(2 + (long) column * repeats + repeat, total,
                        "Shuffling column " + (column + 1) + " of " + columnNames.size());
            }
            importances.add(summarise(columnNames.get(column), drops));
        }
        importances.sort(Comparator.comparingDouble(ColumnImportance::importance).reversed());
        return new PermutationImportance(baseline, importances);
    }

    private static int[] shuffledRows(int rowCount, SplittableRandom random) {
        int[] rows = new int[rowCount];
        for (int i = 0; i < rowCount; i++) {
            rows[i] = i;
        }
        for (int i = rowCount - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        return rows;
    }

    private static ColumnImportance summarise(String column, List<Double> drops) {
        double mean = drops.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double squares = drops.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum();
        return new ColumnImportance(column, mean, Math.sqrt(squares / drops.size()), drops);
    }
}
