package io.modelwright.core.eval;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.CancelledException;
import io.modelwright.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PermutationImportanceTest {
    private static final int ROWS = 200;
    private static final List<String> COLUMNS = List.of("noise", "signal", "constant");

    /** Accuracy of a "model" that is right exactly when it sees each row's own value of column 1. */
    private static double onlyColumnOneMatters(int[] sourceRows, int column) {
        if (sourceRows == null || column != 1) {
            return 1.0;
        }
        long unchanged = 0;
        for (int i = 0; i < sourceRows.length; i++) {
            unchanged += sourceRows[i] == i ? 1 : 0;
        }
        return (double) unchanged / sourceRows.length;
    }

    @Test
    void onlyTheColumnThatMattersIsImportant() {
        PermutationImportance result = PermutationImportance.compute(ROWS, COLUMNS,
                PermutationImportanceTest::onlyColumnOneMatters, 5, 42);

        assertThat(result.baselineScore()).isEqualTo(1.0);
        assertThat(result.columns()).extracting(ColumnImportance::column).containsExactly("signal", "noise", "constant");
        assertThat(result.columns().get(0).importance()).isGreaterThan(0.9);
        assertThat(result.columns().get(0).repeatImportances()).hasSize(5);
        assertThat(result.columns().get(1).importance()).isZero();
        assertThat(result.columns().get(1).standardDeviation()).isZero();
    }

    @Test
    void sameSeedGivesSameImportances() {
        PermutedScorer scorer = PermutationImportanceTest::onlyColumnOneMatters;

        assertThat(PermutationImportance.compute(ROWS, COLUMNS, scorer, 3, 7))
                .isEqualTo(PermutationImportance.compute(ROWS, COLUMNS, scorer, 3, 7));
    }

    @Test
    void shuffledRowsAreAPermutation() {
        int[][] seen = new int[1][];
        PermutationImportance.compute(50, List.of("x"), (rows, column) -> {
            if (rows != null) {
                seen[0] = rows;
            }
            return 0;
        }, 1, 3);

        assertThat(seen[0]).hasSize(50);
        assertThat(java.util.Arrays.stream(seen[0]).sorted().toArray()).isEqualTo(java.util.stream.IntStream.range(0, 50).toArray());
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        CancellationToken cancel = CancellationToken.create();
        long[] lastDone = new long[2];
        ProgressListener listener = (done, total, message) -> {
            lastDone[0] = done;
            lastDone[1] = total;
            if (done == 3) {
                cancel.cancel();
            }
        };

        assertThatThrownBy(() -> PermutationImportance.compute(ROWS, COLUMNS,
                PermutationImportanceTest::onlyColumnOneMatters, 2, 1, cancel, listener))
                .isInstanceOf(CancelledException.class);
        assertThat(lastDone).containsExactly(3, 7);
    }

    @Test
    void importanceIsBaselineMinusMeanShuffledScore() {
        double[] scores = {0.5, 0.7};
        int[] call = {0};
        PermutationImportance result = PermutationImportance.compute(10, List.of("x"),
                (rows, column) -> rows == null ? 1.0 : scores[call[0]++], 2, 0);

        assertThat(result.columns().get(0).importance()).isCloseTo(0.4, within(1e-12));
        assertThat(result.columns().get(0).standardDeviation()).isCloseTo(0.1, within(1e-12));
    }
}
