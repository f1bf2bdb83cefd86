package io.modelwright.core.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AnomalyMetricsTest {

    @Test
    void labelledAnomaliesGivePrecisionRecallAndAuc() {
        double[] scores = {0.1, 0.2, 0.3, 0.9, 0.8, 0.25};
        boolean[] flagged = {false, false, true, true, true, false};
        boolean[] anomalous = {false, false, false, true, true, true};

        AnomalyMetrics m = AnomalyMetrics.compute(scores, flagged, anomalous);

        assertThat(m.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.f1()).isCloseTo(2.0 / 3, within(1e-12));
        // positives {0.9, 0.8, 0.25} vs negatives {0.1, 0.2, 0.3}: 8 of 9 pairs ranked right
        assertThat(m.auc()).isCloseTo(8.0 / 9, within(1e-12));
        assertThat(m.flaggedFraction()).isCloseTo(0.5, within(1e-12));
        assertThat(m.headline()).containsOnlyKeys("precision", "recall", "f1", "auc");
    }

    @Test
    void unlabelledScoresStillGetAHistogram() {
        AnomalyMetrics m = AnomalyMetrics.compute(new double[] {0, 0.1, 0.2, 0.3, 30}, null, null);

        assertThat(m.scoreHistogram()).hasSize(AnomalyMetrics.HISTOGRAM_BINS);
        assertThat(m.scoreHistogram().get(0).count()).isEqualTo(4);
        assertThat(m.scoreHistogram().get(AnomalyMetrics.HISTOGRAM_BINS - 1).count()).isEqualTo(1);
        assertThat(m.scoreHistogram().get(AnomalyMetrics.HISTOGRAM_BINS - 1).upper()).isEqualTo(30.0);
        assertThat(m.auc()).isNaN();
        assertThat(m.headline()).isEmpty();
    }

    @Test
    void histogramOfEqualScoresIsOneBin() {
        assertThat(HistogramBin.equalWidth(new double[] {2, 2, Double.NaN}, 10))
                .containsExactly(new HistogramBin(2, 2, 2));
    }
}
