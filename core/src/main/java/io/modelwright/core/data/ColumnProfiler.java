package io.modelwright.core.data;

import io.modelwright.runtime.schema.ColumnType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Summarises a column for display: counts, range, spread, top labels and a histogram ready to draw. */
public final class ColumnProfiler {
    /** Bins in a histogram of real numbers. */
    public static final int MAX_BINS = 20;
    /** Labels listed in a profile's top categories. */
    public static final int TOP_CATEGORIES = 10;

    private ColumnProfiler() {
    }

    /** @return the profile of {@code column} */
    public static ColumnProfile profile(Column column) {
        if (column instanceof NumericColumn n) {
            return numeric(n);
        }
        return categorical((CategoricalColumn) column);
    }

    /** Two passes: counts, range and sum first; then the spread around the mean and the histogram together. */
    private static ColumnProfile numeric(NumericColumn column) {
        double[] values = column.values();
        NumericStats stats = NumericStats.of(values);
        double mean = stats.finite() == 0 ? Double.NaN : stats.sum() / stats.finite();
        Histogram histogram = stats.finite() == 0 ? null : new Histogram(stats, column.type());
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                squares += (v - mean) * (v - mean);
                histogram.add(v);
            }
        }
        double std = stats.finite() < 2 ? Double.NaN : Math.sqrt(squares / (stats.finite() - 1));
        int present = values.length - column.missingCount();
        return new ColumnProfile(present, column.missingCount(), DistinctCounter.count(values), stats.min(),
                stats.max(), mean, std, List.of(), histogram == null ? List.of() : histogram.bins());
    }

    /** Bins over the finite range of a column, filled one value at a time. */
    private static final class Histogram {
        private final double min;
        private final double max;
        private final double width;
        private final int[] counts;

        Histogram(NumericStats stats, ColumnType type) {
            min = stats.min();
            max = stats.max();
            // Whole numbers over a small range get one bin per value, so bars never straddle two integers.
            int bins = stats.allIntegers() && type != ColumnType.DATETIME
                    ? (int) Math.min(MAX_BINS, max - min + 1) : (min == max ? 1 : MAX_BINS);
            width = stats.allIntegers() && bins == max - min + 1 ? 1 : (max - min) / bins;
            counts = new int[bins];
        }

        void add(double v) {
            int b = width == 0 ? 0 : (int) ((v - min) / width);
            counts[Math.min(Math.max(b, 0), counts.length - 1)]++;
        }

        List<ColumnProfile.HistogramBin> bins() {
            int bins = counts.length;
            List<ColumnProfile.HistogramBin> out = new ArrayList<>(bins);
            for (int b = 0; b < bins; b++) {
                double from = min + b * width;
                double to = b == bins - 1 ? Math.max(max, from + width) : min + (b + 1) * width;
                out.add(new ColumnProfile.HistogramBin(from, to, counts[b]));
            }
            return out;
        }
    }

    private static ColumnProfile categorical(CategoricalColumn column) {
        int[] counts = new int[column.levels().size()];
        for (int code : column.codes()) {
            if (code >= 0) {
                counts[code]++;
            }
        }
        List<ColumnProfile.CategoryCount> all = new ArrayList<>();
        int distinct = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                distinct++;
                all.add(new ColumnProfile.CategoryCount(column.levels().get(i), counts[i]));
            }
        }
        List<ColumnProfile.CategoryCount> top = all.stream()
                .sorted(Comparator.comparingInt(ColumnProfile.CategoryCount::count).reversed())
                .limit(TOP_CATEGORIES).toList();
        int present = column.size() - column.missingCount();
        return new ColumnProfile(present, column.missingCount(), distinct, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, top, List.of());
    }
}
