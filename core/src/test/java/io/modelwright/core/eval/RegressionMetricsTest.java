package io.modelwright.core.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RegressionMetricsTest {

    @Test
    void perfectPredictionHasRSquaredOneAndNoError() {
        RegressionMetrics m = RegressionMetrics.compute(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4});

        assertThat(m.r2()).isEqualTo(1.0);
        assertThat(m.rmse()).isZero();
        assertThat(m.mae()).isZero();
    }

    @Test
    void predictingTheMeanHasRSquaredZero() {
        RegressionMetrics m = RegressionMetrics.compute(new double[] {1, 2, 3, 4}, new double[] {2.5, 2.5, 2.5, 2.5});

        assertThat(m.r2()).isCloseTo(0.0, within(1e-12));
        assertThat(m.explainedVariance()).isCloseTo(0.0, within(1e-12));
        assertThat(m.mae()).isCloseTo(1.0, within(1e-12));
        assertThat(m.rmse()).isCloseTo(Math.sqrt(1.25), within(1e-12));
    }

    @Test
    void handComputedCaseMatchesScikitLearnDocumentation() {
        // sklearn docs: y_true = [3, -0.5, 2, 7], y_pred = [2.5, 0.0, 2, 8]
        RegressionMetrics m = RegressionMetrics.compute(new double[] {3, -0.5, 2, 7}, new double[] {2.5, 0.0, 2, 8});

        assertThat(m.r2()).isCloseTo(0.9486081370449679, within(1e-12));
        assertThat(m.explainedVariance()).isCloseTo(0.9571734475374732, within(1e-12));
        assertThat(m.mae()).isCloseTo(0.5, within(1e-12));
        assertThat(m.rmse()).isCloseTo(Math.sqrt(0.375), within(1e-12));
        assertThat(m.residuals()).containsExactly(0.5, -0.5, 0.0, -1.0);
        assertThat(m.headline()).containsOnlyKeys("rmse", "mae", "r2");
    }

    @Test
    void constantActualValuesDoNotDivideByZero() {
        RegressionMetrics m = RegressionMetrics.compute(new double[] {5, 5}, new double[] {4, 6});

        assertThat(m.r2()).isZero();
    }

    @Test
    void largeDataIsThinnedForDrawingButKeepsAllResiduals() {
        int n = 10_000;
        double[] actual = new double[n];
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = i;
            predicted[i] = i + (i % 3) - 1;
        }
        RegressionMetrics m = RegressionMetrics.compute(actual, predicted);

        assertThat(m.predictedVsActual()).hasSize(RegressionMetrics.MAX_PLOT_POINTS);
        assertThat(m.predictedVsActual().get(0).x()).isEqualTo(0.0);
        assertThat(m.predictedVsActual().get(RegressionMetrics.MAX_PLOT_POINTS - 1).x()).isEqualTo(n - 1.0);
        assertThat(m.residuals()).hasSize(n);
    }
}
