package io.modelwright.core.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ClassificationMetricsTest {
    private static final List<String> ABC = List.of("a", "b", "c");
    private static final List<String> NO_YES = List.of("no", "yes");

    private static double[][] binary(double... positive) {
        double[][] p = new double[positive.length][];
        for (int i = 0; i < positive.length; i++) {
            p[i] = new double[] {1 - positive[i], positive[i]};
        }
        return p;
    }

    @Test
    void threeByThreeConfusionMatrixGivesHandComputedScores() {
        int[] truth = {0, 0, 0, 1, 1, 2, 2, 2, 2};
        int[] predicted = {0, 1, 0, 1, 1, 2, 0, 2, 2};
        ClassificationMetrics m = ClassificationMetrics.compute(truth, predicted, null, ABC);

        assertThat(m.confusionMatrix().counts()).isEqualTo(new long[][] {{2, 1, 0}, {0, 2, 0}, {1, 0, 3}});
        assertThat(m.accuracy()).isCloseTo(7.0 / 9, within(1e-12));
        assertThat(m.perClass().get(0).precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.perClass().get(1).recall()).isEqualTo(1.0);
        assertThat(m.perClass().get(1).f1()).isCloseTo(0.8, within(1e-12));
        assertThat(m.perClass().get(2).f1()).isCloseTo(6.0 / 7, within(1e-12));
        assertThat(m.perClass().get(2).support()).isEqualTo(4);
        assertThat(m.macroAverage().f1()).isCloseTo((2.0 / 3 + 0.8 + 6.0 / 7) / 3, within(1e-12));
        assertThat(m.weightedAverage().recall()).isCloseTo(7.0 / 9, within(1e-12));
        assertThat(m.balancedAccuracy()).isCloseTo((2.0 / 3 + 1 + 0.75) / 3, within(1e-12));
    }

    @Test
    void headlineWithoutProbabilitiesHasNoAucNorLogLoss() {
        ClassificationMetrics m = ClassificationMetrics.compute(new int[] {0, 1}, new int[] {0, 0}, null, NO_YES);

        assertThat(m.headline()).containsOnlyKeys("accuracy", "balancedAccuracy", "macroF1");
        assertThat(m.logLoss()).isNaN();
        assertThat(m.rocCurves()).isEmpty();
        assertThat(m.hasProbabilities()).isFalse();
    }

    @Test
    void aucOfHandComputedBinaryCaseIsThreeQuarters() {
        ClassificationMetrics m = ClassificationMetrics.compute(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 1},
                binary(0.1, 0.4, 0.35, 0.8), NO_YES);

        assertThat(m.auc()).isCloseTo(0.75, within(1e-12));
        assertThat(m.rocCurves().get(1).className()).isEqualTo("yes");
        assertThat(m.precisionRecallCurves().get(1).averagePrecision()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(m.headline()).containsOnlyKeys("accuracy", "balancedAccuracy", "macroF1", "auc", "logLoss");
    }

    @Test
    void aucOfPerfectRankingIsOne() {
        RocCurve roc = RocCurve.of("yes", new boolean[] {false, false, true, true}, new double[] {0.1, 0.2, 0.3, 0.9});

        assertThat(roc.auc()).isEqualTo(1.0);
        assertThat(roc.points().get(0)).isEqualTo(new CurvePoint(0, 0, Double.POSITIVE_INFINITY));
        assertThat(roc.points().get(roc.points().size() - 1).x()).isEqualTo(1.0);
    }

    @Test
    void tiedScoresFormOneDiagonalSegmentAndCountHalf() {
        RocCurve allTied = RocCurve.of("yes", new boolean[] {true, false, true, false}, new double[] {0.5, 0.5, 0.5, 0.5});
        RocCurve someTied = RocCurve.of("yes", new boolean[] {false, true, false, true}, new double[] {0.5, 0.5, 0.2, 0.9});

        assertThat(allTied.points()).extracting(CurvePoint::x, CurvePoint::y)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.0, 0.0), org.assertj.core.groups.Tuple.tuple(1.0, 1.0));
        assertThat(allTied.auc()).isEqualTo(0.5);
        assertThat(someTied.auc()).isCloseTo(3.5 / 4, within(1e-12));
    }

    @Test
    void aucOnLargeDataEqualsMannWhitneyWhileCurveIsThinned() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 5000;
        boolean[] positive = new boolean[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            positive[i] = random.nextBoolean();
            scores[i] = Math.round((random.nextDouble() + (positive[i] ? 0.3 : 0)) * 50) / 50.0; // many ties
        }
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (positive[i] && !positive[j]) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        RocCurve roc = RocCurve.of("yes", positive, scores);
        double[] continuous = random.doubles(n).toArray();
        RocCurve dense = RocCurve.of("yes", positive, continuous);

        assertThat(roc.auc()).isCloseTo(wins / pairs, within(1e-12));
        PrecisionRecallCurve pr = PrecisionRecallCurve.of("yes", positive, continuous);

        assertThat(dense.points()).hasSizeLessThanOrEqualTo(RocCurve.MAX_POINTS);
        assertThat(pr.points()).hasSizeLessThanOrEqualTo(PrecisionRecallCurve.MAX_POINTS);
        assertThat(pr.points().get(0)).isEqualTo(new CurvePoint(0, 1, Double.POSITIVE_INFINITY));
        assertThat(pr.points().get(pr.points().size() - 1).x()).isEqualTo(1.0);
        assertThat(dense.points().get(dense.points().size() - 1)).extracting(CurvePoint::x, CurvePoint::y)
                .containsExactly(1.0, 1.0);
    }

    @Test
    void logLossClipsZeroProbability() {
        ClassificationMetrics m = ClassificationMetrics.compute(new int[] {0, 1}, new int[] {0, 1},
                new double[][] {{0.9, 0.1}, {0.2, 0.8}}, NO_YES);
        ClassificationMetrics certainAndWrong = ClassificationMetrics.compute(new int[] {1}, new int[] {0},
                new double[][] {{1.0, 0.0}}, NO_YES);

        assertThat(m.logLoss()).isCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, within(1e-12));
        assertThat(certainAndWrong.logLoss()).isCloseTo(-Math.log(1e-15), within(1e-9));
    }

    @Test
    void calibrationBinsPositiveClassProbabilityIntoTenBins() {
        ClassificationMetrics m = ClassificationMetrics.compute(new int[] {0, 1, 1, 0}, new int[] {0, 1, 1, 1},
                binary(0.05, 0.95, 1.0, 0.92), NO_YES);

        assertThat(m.calibration()).hasSize(10);
        assertThat(m.calibration().get(0).count()).isEqualTo(1);
        assertThat(m.calibration().get(0).observedFrequency()).isEqualTo(0.0);
        assertThat(m.calibration().get(9).count()).isEqualTo(3);
        assertThat(m.calibration().get(9).meanPredicted()).isCloseTo((0.95 + 1.0 + 0.92) / 3, within(1e-12));
        assertThat(m.calibration().get(9).observedFrequency()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.calibration().get(5).meanPredicted()).isNaN();
    }

    @Test
    void multiclassAucIsMacroOneVsRest() {
        int[] truth = {0, 1, 2, 0, 1, 2};
        double[][] p = {{0.8, 0.1, 0.1}, {0.1, 0.8, 0.1}, {0.1, 0.1, 0.8}, {0.6, 0.3, 0.1}, {0.5, 0.4, 0.1}, {0.2, 0.2, 0.6}};
        ClassificationMetrics m = ClassificationMetrics.compute(truth, new int[] {0, 1, 2, 0, 0, 2}, p, ABC);

        double mean = m.rocCurves().stream().mapToDouble(RocCurve::auc).average().orElseThrow();
        assertThat(m.auc()).isCloseTo(mean, within(1e-12));
        assertThat(m.rocCurves().get(2).auc()).isEqualTo(1.0);
    }

    @Test
    void rejectsClassIndexOutOfRange() {
        assertThatThrownBy(() -> ClassificationMetrics.compute(new int[] {0, 3}, new int[] {0, 1}, null, ABC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Row 1");
    }
}
