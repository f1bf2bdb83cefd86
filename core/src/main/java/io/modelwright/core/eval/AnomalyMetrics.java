package io.modelwright.core.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What we report about an anomaly detector. Scores must grow with how anomalous a row looks
 * (negate them first if the model scores the other way round).
 *
 * @param scoreHistogram  distribution of the scores in {@link #HISTOGRAM_BINS} equal-width bins
 * @param flaggedFraction fraction of rows the model flagged as anomalous; NaN without flags
 * @param precision       of the flagged rows, the fraction truly anomalous; NaN without labels or flags
 * @param recall          of the truly anomalous rows, the fraction flagged; NaN without labels or flags
 * @param f1              harmonic mean of precision and recall; NaN without labels or flags
 * @param auc             ROC AUC of the scores for the anomalous class; NaN without labels or when only one kind occurs
 */
public record AnomalyMetrics(List<HistogramBin> scoreHistogram, double flaggedFraction, double precision,
                             double recall, double f1, double auc) {
    /** Number of bars in the score histogram. */
    public static final int HISTOGRAM_BINS = 30;

    /** Makes the record immutable. */
    public AnomalyMetrics {
        scoreHistogram = List.copyOf(scoreHistogram);
    }

    /**
     * @param scores    anomaly score per row, higher = more anomalous
     * @param flagged   per row, whether the model called it anomalous; {@code null} when it only scores
     * @param anomalous per row, whether it truly is anomalous; {@code null} when there are no labels
     * @return the metrics
     * @throws IllegalArgumentException when the arrays do not match row for row
     */
    public static AnomalyMetrics compute(double[] scores, boolean[] flagged, boolean[] anomalous) {
        int n = scores.length;
        if ((flagged != null && flagged.length != n) || (anomalous != null && anomalous.length != n)) {
            throw new IllegalArgumentException("Scores, flags and labels must have one entry per row (" + n + ").");
        }
        List<HistogramBin> histogram = HistogramBin.equalWidth(scores, HISTOGRAM_BINS);
        double flaggedFraction = Double.NaN;
        double precision = Double.NaN, recall = Double.NaN, f1 = Double.NaN, auc = Double.NaN;
        if (flagged != null) {
            long flaggedCount = 0;
            for (boolean f : flagged) {
                flaggedCount += f ? 1 : 0;
            }
            flaggedFraction = n == 0 ? Double.NaN : (double) flaggedCount / n;
        }
        if (anomalous != null) {
            auc = RocCurve.of("anomalous", anomalous, scores).auc();
            if (flagged != null) {
                ConfusionMatrix matrix = ConfusionMatrix.of(toIndex(anomalous), toIndex(flagged),
                        List.of("expected", "anomalous"));
                ClassMetrics ofAnomalies = ClassMetrics.of(matrix, 1);
                precision = ofAnomalies.precision();
                recall = ofAnomalies.recall();
                f1 = ofAnomalies.f1();
            }
        }
        return new AnomalyMetrics(histogram, flaggedFraction, precision, recall, f1, auc);
    }

    private static int[] toIndex(boolean[] values) {
        int[] indices = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            indices[i] = values[i] ? 1 : 0;
        }
        return indices;
    }

    /**
     * The few numbers shown in a run list: {@code precision}, {@code recall}, {@code f1} when there are labels
     * and flags, and {@code auc} when there are labels and it is defined.
     *
     * @return an unmodifiable map in that key order
     */
    public Map<String, Double> headline() {
        Map<String, Double> headline = new LinkedHashMap<>();
        if (!Double.isNaN(f1)) {
            headline.put("precision", precision);
            headline.put("recall", recall);
            headline.put("f1", f1);
        }
        if (!Double.isNaN(auc)) {
            headline.put("auc", auc);
        }
        return Collections.unmodifiableMap(headline);
    }
}
