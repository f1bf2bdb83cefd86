package io.modelwright.core.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CrossValidationSummaryTest {

    @Test
    void summarisesMeanAndSampleStandardDeviationPerMetric() {
        CrossValidationSummary summary = CrossValidationSummary.of(List.of(
                Map.of("accuracy", 0.8, "auc", 0.9),
                Map.of("accuracy", 0.9, "auc", 0.9),
                Map.of("accuracy", 1.0, "auc", 0.9)));

        assertThat(summary.foldCount()).isEqualTo(3);
        assertThat(summary.metric("accuracy").mean()).isCloseTo(0.9, within(1e-12));
        assertThat(summary.metric("accuracy").standardDeviation()).isCloseTo(0.1, within(1e-12));
        assertThat(summary.metric("accuracy").foldValues()).containsExactly(0.8, 0.9, 1.0);
        assertThat(summary.metric("auc").standardDeviation()).isCloseTo(0.0, within(1e-12));
        assertThat(summary.means()).containsOnlyKeys("accuracy", "auc");
    }

    @Test
    void metricMissingFromAFoldIsNaNThereAndLeftOutOfTheMean() {
        CrossValidationSummary summary = CrossValidationSummary.of(List.of(
                Map.of("accuracy", 0.5, "auc", 0.6), Map.of("accuracy", 0.7)));

        assertThat(summary.metric("auc").foldValues().get(1)).isNaN();
        assertThat(summary.metric("auc").mean()).isCloseTo(0.6, within(1e-12));
        assertThat(summary.metric("auc").standardDeviation()).isNaN();
    }
}
