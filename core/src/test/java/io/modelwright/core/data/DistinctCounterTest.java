package io.modelwright.core.data;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DistinctCounterTest {

    @Test
    void countsLikeAHashSetIgnoringMissingAndSignedZero() {
        Random random = new Random(3);
        double[] values = new double[200_000];
        Set<Double> expected = new HashSet<>();
        for (int i = 0; i < values.length; i++) {
            double v = switch (i % 5) {
                case 0 -> Double.NaN;
                case 1 -> Math.round(random.nextGaussian() * 1e4) / 1e2;
                case 2 -> random.nextInt(50);
                case 3 -> i % 2 == 0 ? -0.0 : 0.0;
                default -> random.nextDouble();
            };
            values[i] = v;
            if (!Double.isNaN(v)) {
                expected.add(v == 0.0 ? 0.0 : v);
            }
        }
        assertThat(DistinctCounter.count(values)).isEqualTo(expected.size());
        assertThat(DistinctCounter.count(new double[0])).isZero();
        assertThat(DistinctCounter.count(new double[] {Double.NaN, Double.POSITIVE_INFINITY, 1, 1})).isEqualTo(2);
    }

    @Test
    void theDecimalGridGivesTheSameCountAsHashing() {
        Random random = new Random(7);
        for (int decimals = 0; decimals <= 10; decimals++) {
            double scale = Math.pow(10, decimals);
            double[] values = new double[50_000];
            for (int i = 0; i < values.length; i++) {
                values[i] = i % 11 == 0 ? Double.NaN : Math.round(random.nextGaussian() * 20 * scale) / scale;
            }
            int hashed = DistinctCounter.countHashed(values);
            assertThat(DistinctCounter.count(values)).as("%d decimals", decimals).isEqualTo(hashed);
            int grid = DistinctCounter.countOnDecimalGrid(values);
            assertThat(grid == -1 || grid == hashed).as("%d decimals", decimals).isTrue();
        }
        assertThat(DistinctCounter.countOnDecimalGrid(new double[] {1.5, 2.25, -0.0, 0.0, Double.NaN})).isEqualTo(3);
        assertThat(DistinctCounter.countOnDecimalGrid(new double[] {0.1, 1e-12})).isEqualTo(-1);
        assertThat(DistinctCounter.countOnDecimalGrid(new double[] {1, Double.NEGATIVE_INFINITY})).isEqualTo(-1);
        assertThat(DistinctCounter.countOnDecimalGrid(new double[] {0, 1e15})).isEqualTo(-1);
        assertThat(DistinctCounter.countOnDecimalGrid(new double[] {Double.NaN})).isZero();
    }
}
