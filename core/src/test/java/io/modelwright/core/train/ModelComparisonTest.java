package io.modelwright.core.train;

import io.modelwright.core.eval.CorrectedResampledTTest;
import io.modelwright.core.eval.StudentTDistribution;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class ModelComparisonTest {

    @Test
    void correctedTestInflatesTheVarianceForOverlappingFolds() {
        double[] a = {0.90, 0.92, 0.91, 0.93, 0.89};
        double[] b = {0.85, 0.88, 0.86, 0.90, 0.86};
        // d = .05 .04 .05 .03 .03: mean .04, sample variance .0001; t = .04 / sqrt((1/5 + 1/4) * .0001) = 5.963
        assertThat(CorrectedResampledTTest.compare(a, b, 30.0 / 120).pValue())
                .isCloseTo(StudentTDistribution.twoSidedPValue(0.04 / Math.sqrt(0.45 * 0.0001), 4), offset(1e-9))
                .isLessThan(0.01);
        assertThat(CorrectedResampledTTest.compare(a, a, 30.0 / 120).pValue()).isEqualTo(1.0);
    }

    @Test
    void ranksAlgorithmsTrainedOnTheSameFoldsAndFlagsTheClearlyWorse() {
        ComparisonResult c = ModelComparison.run(SampleTables.load("iris"), "species",
                List.of("dummy", "logistic-regression", "cart"), ValidationScheme.crossValidation(5), 42,
                ProgressListener.NONE, CancellationToken.create());
        assertThat(c.mainMetric()).isEqualTo("accuracy");
        assertThat(c.leaderboard()).extracting(LeaderboardEntry::algorithm).last().isEqualTo("dummy");
        LeaderboardEntry best = c.leaderboard().get(0);
        assertThat(best.significantlyWorseThanBest()).isFalse();
        assertThat(best.mean().get("accuracy")).isGreaterThan(0.9);
        LeaderboardEntry dummy = c.leaderboard().get(2);
        assertThat(dummy.significantlyWorseThanBest()).isTrue();
        assertThat(dummy.perFold().get("accuracy")).hasSize(5);
        for (LeaderboardEntry e : c.leaderboard()) {
            assertThat(e.result().outOfFold()).extracting(OutOfFoldPrediction::fold)
                    .isEqualTo(best.result().outOfFold().stream().map(OutOfFoldPrediction::fold).toList());
        }
    }

    @Test
    void regressionLeaderboardPutsTheLowestErrorFirst() {
        ComparisonResult c = ModelComparison.run(SampleTables.drop(SampleTables.load("cars"), "Name"),
                "Miles_per_Gallon", List.of("dummy", "xgboost"), ValidationScheme.crossValidation(3), 1,
                ProgressListener.NONE, CancellationToken.create());
        assertThat(c.mainMetric()).isEqualTo("rmse");
        assertThat(c.higherIsBetter()).isFalse();
        assertThat(c.leaderboard()).extracting(LeaderboardEntry::algorithm).containsExactly("xgboost", "dummy");
    }

    @Test
    void rejectsUnknownAlgorithmsBeforeTrainingAnything() {
        assertThatThrownBy(() -> ModelComparison.run(SampleTables.load("iris"), "species",
                List.of("xgboost", "gbm"), ValidationScheme.crossValidation(5), 42, ProgressListener.NONE,
                CancellationToken.create())).hasMessageContaining("Unknown algorithm 'gbm'");
    }
}
