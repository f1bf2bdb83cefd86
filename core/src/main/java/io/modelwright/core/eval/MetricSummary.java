package io.modelwright.core.eval;

import java.util.List;

/**
 * One metric across cross-validation folds.
 *
 * @param mean              mean over the folds where the metric is a number
 * @param standardDeviation sample standard deviation (n − 1) over those folds; NaN with fewer than two
 * @param foldValues        the value in each fold, in fold order; NaN where a fold lacked the metric
 */
public record MetricSummary(double mean, double standardDeviation, List<Double> foldValues) {

    /** Makes the record immutable. */
    public MetricSummary {
        foldValues = List.copyOf(foldValues);
    }

    /**
     * @param foldValues the value in each fold; NaN values are left out of the mean and deviation
     * @return the summary
     */
    public static MetricSummary of(List<Double> foldValues) {
        double sum = 0;
        int count = 0;
        for (double v : foldValues) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        double mean = count == 0 ? Double.NaN : sum / count;
        double squares = 0;
        for (double v : foldValues) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        double deviation = count < 2 ? Double.NaN : Math.sqrt(squares / (count - 1));
        return new MetricSummary(mean, deviation, foldValues);
    }
}
