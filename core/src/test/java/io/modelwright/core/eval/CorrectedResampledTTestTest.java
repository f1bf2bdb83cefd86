package io.modelwright.core.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CorrectedResampledTTestTest {

    @Test
    void tTableCriticalValuesGiveFivePercentTwoSided() {
        assertThat(StudentTDistribution.twoSidedPValue(2.776, 4)).isCloseTo(0.05, within(1e-4));
        assertThat(StudentTDistribution.twoSidedPValue(2.262, 9)).isCloseTo(0.05, within(1e-4));
        assertThat(StudentTDistribution.twoSidedPValue(2.228, 10)).isCloseTo(0.05, within(1e-4));
        assertThat(StudentTDistribution.twoSidedPValue(1.96, 1e7)).isCloseTo(0.05, within(1e-4));
    }

    @Test
    void pValuesMatchClosedFormsForOneAndTwoDegreesOfFreedom() {
        // Cauchy: P(|T| >= 1) = 1/2; df = 2: P(|T| >= t) = 1 - t / sqrt(2 + t^2)
        assertThat(StudentTDistribution.twoSidedPValue(1, 1)).isCloseTo(0.5, within(1e-12));
        assertThat(StudentTDistribution.twoSidedPValue(3, 2)).isCloseTo(1 - 3 / Math.sqrt(11), within(1e-12));
        assertThat(StudentTDistribution.twoSidedPValue(0, 7)).isCloseTo(1.0, within(1e-12));
        assertThat(StudentTDistribution.cdf(-1, 1)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void logGammaMatchesKnownValues() {
        assertThat(IncompleteBeta.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
        assertThat(IncompleteBeta.logGamma(10)).isCloseTo(Math.log(362880), within(1e-12));
    }

    @Test
    void handComputedFiveFoldComparisonIsSignificant() {
        // differences 0.01, 0.02, 0.03, 0.02, 0.02: mean 0.02, s^2 = 0.00005, ratio 1/4
        // t = 0.02 / sqrt((1/5 + 1/4) * 0.00005) = 4.21637..., p from the closed form for df = 4
        double[] first = {0.81, 0.82, 0.83, 0.82, 0.82};
        double[] second = {0.80, 0.80, 0.80, 0.80, 0.80};
        CorrectedResampledTTest test = CorrectedResampledTTest.compare(first, second, 0.25);

        assertThat(test.meanDifference()).isCloseTo(0.02, within(1e-12));
        assertThat(test.t()).isCloseTo(4.216370213557839, within(1e-9));
        assertThat(test.degreesOfFreedom()).isEqualTo(4);
        assertThat(test.pValue()).isCloseTo(0.013516881521817625, within(1e-9));
        assertThat(test.significant(0.05)).isTrue();
        assertThat(test.significant(0.01)).isFalse();
    }

    @Test
    void identicalScoresAreNeverSignificant() {
        double[] scores = {0.7, 0.8, 0.9};
        CorrectedResampledTTest test = CorrectedResampledTTest.compare(scores, scores.clone(), 0.5);

        assertThat(test.t()).isZero();
        assertThat(test.pValue()).isEqualTo(1.0);
        assertThat(test.significant(0.05)).isFalse();
    }

    @Test
    void constantNonzeroDifferenceHasInfiniteTAndZeroP() {
        CorrectedResampledTTest test = CorrectedResampledTTest.compare(new double[] {1, 2, 3}, new double[] {0, 1, 2}, 0.5);

        assertThat(test.t()).isInfinite().isPositive();
        assertThat(test.pValue()).isZero();
        assertThat(test.significant(0.05)).isTrue();
    }

    @Test
    void rejectsFoldsOfDifferentLength() {
        assertThatThrownBy(() -> CorrectedResampledTTest.compare(new double[] {1, 2}, new double[] {1}, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same folds");
    }
}
