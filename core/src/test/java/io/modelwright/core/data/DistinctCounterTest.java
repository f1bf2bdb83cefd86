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
}
