package io.modelwright.core.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One bar of a histogram: values in {@code [lower, upper)}, the last bar including its upper edge.
 *
 * @param lower lower edge
 * @param upper upper edge
 * @param count number of values in the bar
 */
public record HistogramBin(double lower, double upper, long count) {

    /**
     * Equal-width bins from the smallest to the largest finite value; non-finite values are skipped.
     * When all values are equal, one bin of width zero holds them all.
     *
     * @param values   the values
     * @param binCount how many bins (at least 1)
     * @return the bins in ascending order; empty when there is no finite value
     */
    public static List<HistogramBin> equalWidth(double[] values, int binCount) {
        if (binCount < 1) {
            throw new IllegalArgumentException("A histogram needs at least one bin, not " + binCount + ".");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return List.of();
        }
        if (min == max) {
            long count = Arrays.stream(values).filter(Double::isFinite).count();
            return List.of(new HistogramBin(min, max, count));
        }
        long[] counts = new long[binCount];
        double width = (max - min) / binCount;
        for (double v : values) {
            if (Double.isFinite(v)) {
                counts[Math.min(binCount - 1, (int) ((v - min) / width))]++;
            }
        }
        List<HistogramBin> bins = new ArrayList<>(binCount);
        for (int b = 0; b < binCount; b++) {
            double upper = b == binCount - 1 ? max : min + (b + 1) * width;
            bins.add(new HistogramBin(min + b * width, upper, counts[b]));
        }
        return List.copyOf(bins);
    }
}
