package io.modelwright.core.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * One bin of a reliability (calibration) diagram: rows whose predicted probability fell in
 * {@code [lower, upper)} (the last bin includes 1.0), how confident the model was on average,
 * and how often it was right.
 *
 * @param lower             lower edge of the bin
 * @param upper             upper edge of the bin
 * @param meanPredicted     mean predicted probability of the rows in the bin; NaN when empty
 * @param observedFrequency fraction of those rows where the event happened; NaN when empty
 * @param count             number of rows in the bin
 */
public record CalibrationBin(double lower, double upper, double meanPredicted, double observedFrequency, long count) {
    /** Number of equal-width bins between 0 and 1. */
    public static final int BIN_COUNT = 10;

    /**
     * Bins rows by predicted probability into {@link #BIN_COUNT} equal-width bins over [0, 1].
     * Probabilities outside [0, 1] are put in the first or last bin; NaN probabilities are skipped.
     *
     * @param probability per row, the predicted probability of the event
     * @param happened    per row, whether the event happened
     * @return all bins in ascending order, empty ones included
     */
    public static List<CalibrationBin> tenBins(double[] probability, boolean[] happened) {
        double[] sumPredicted = new double[BIN_COUNT];
        long[] hits = new long[BIN_COUNT];
        long[] counts = new long[BIN_COUNT];
        for (int i = 0; i < probability.length; i++) {
            double p = probability[i];
            if (Double.isNaN(p)) {
                continue;
            }
            int bin = Math.max(0, Math.min(BIN_COUNT - 1, (int) Math.floor(p * BIN_COUNT)));
            sumPredicted[bin] += p;
            counts[bin]++;
            if (happened[i]) {
                hits[bin]++;
            }
        }
        List<CalibrationBin> bins = new ArrayList<>(BIN_COUNT);
        for (int b = 0; b < BIN_COUNT; b++) {
            double mean = counts[b] == 0 ? Double.NaN : sumPredicted[b] / counts[b];
            double observed = counts[b] == 0 ? Double.NaN : (double) hits[b] / counts[b];
            bins.add(new CalibrationBin((double) b / BIN_COUNT, (double) (b + 1) / BIN_COUNT, mean, observed, counts[b]));
        }
        return List.copyOf(bins);
    }
}
