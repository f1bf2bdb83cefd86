package io.modelwright.core.train;

import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.featurize.InputSpec;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FeaturizerFitterTest {

    @Test
    void medianBySelectionIsBitForBitTheMiddleOfASort() {
        Random random = new Random(3);
        double[][] pools = {{-0.0, 0.0}, {-1, -0.0, 0.0, 1}, {1, 2, 3}, {-2.5, 7}};
        for (int trial = 0; trial < 3000; trial++) {
            int n = 1 + random.nextInt(trial < 2000 ? 12 : 3000);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = switch (trial % 3) {
                    case 0 -> pools[random.nextInt(pools.length)][0] + random.nextInt(3);
                    case 1 -> { double[] p = pools[trial % pools.length]; yield p[random.nextInt(p.length)]; }
                    default -> random.nextGaussian();
                };
            }
            if (trial % 7 == 0) {
                Arrays.sort(values); // sorted input must not hurt selection
            }
            double[] copy = values.clone();
            assertThat(Double.doubleToRawLongBits(FeaturizerFitter.median(values)))
                    .as("trial %d: %s", trial, Arrays.toString(values))
                    .isEqualTo(Double.doubleToRawLongBits(sortedMedian(values)));
            assertThat(values).as("input left as it was").isEqualTo(copy);
        }
    }

    @Test
    void fitsTheSameSpecFromAnyTrainingRowOrderAsTheFilledColumnGives() {
        DataTable table = SampleTables.load("penguins");
        int[] rows = IntStream.range(0, table.rowCount()).filter(r -> r % 3 != 0).toArray();
        FeaturizerSpec spec = new FeaturizerFitter(true).fit(table,
                FeaturizerFitter.defaultFeatureColumns(table, "species", List.of()), rows);
        InputSpec bill = spec.input("bill_length_mm");
        assertThat(bill.missingIndicator()).isTrue();
        NumericColumn column = (NumericColumn) table.column("bill_length_mm");
        double[] present = Arrays.stream(rows).mapToDouble(column::value).filter(Double::isFinite).toArray();
        double[] filled = Arrays.copyOf(present, rows.length);
        Arrays.fill(filled, present.length, rows.length, sortedMedian(present));
        assertThat(bill.fillValue()).isEqualTo(sortedMedian(present));
        assertThat(bill.mean()).isEqualTo(FeaturizerFitter.mean(filled));
        assertThat(bill.scale()).isEqualTo(FeaturizerFitter.std(filled));
        assertThat(bill.min()).isEqualTo(Arrays.stream(present).min().orElseThrow());
        assertThat(bill.max()).isEqualTo(Arrays.stream(present).max().orElseThrow());
        assertThat(spec.input("island").levels()).containsExactly("Biscoe", "Dream", "Torgersen");
    }

    private static double sortedMedian(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}
