package io.modelwright.core.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A precision–recall curve of one class against all others, and its average precision.
 *
 * <p>Average precision is computed on the full data as in scikit-learn:
 * the sum over distinct score thresholds of (recall increase) × precision, with no interpolation.
 * The points start at (recall 0, precision 1) and are thinned to at most {@link #MAX_POINTS} for drawing.
 *
 * @param className        the class treated as positive
 * @param points           (recall, precision) in order of decreasing threshold; empty when undefined
 * @param averagePrecision area summary of the curve; NaN when the data has no positives
 */
public record PrecisionRecallCurve(String className, List<CurvePoint> points, double averagePrecision) {
    /** The most points kept for drawing. */
    public static final int MAX_POINTS = 500;

    /** Makes the record immutable. */
    public PrecisionRecallCurve {
        points = List.copyOf(points);
    }

    /**
     * @param className the class treated as positive
     * @param positive  per row, whether it belongs to that class
     * @param scores    per row, the model's score for that class (higher means more likely positive)
     * @return the curve and its average precision
     */
    public static PrecisionRecallCurve of(String className, boolean[] positive, double[] scores) {
        return of(className, ThresholdCounts.of(positive, scores));
    }

    static PrecisionRecallCurve of(String className, ThresholdCounts counts) {
        if (counts.positives == 0) {
            return new PrecisionRecallCurve(className, List.of(), Double.NaN);
        }
        double p = counts.positives;
        // Only the points kept for drawing become objects; the summary uses every threshold.
        int[] keep = EvenlySpacedIndices.of(counts.size() + 1, MAX_POINTS);
        int nextKept = 1;
        List<CurvePoint> points = new ArrayList<>(keep.length);
        points.add(new CurvePoint(0, 1, Double.POSITIVE_INFINITY));
        double averagePrecision = 0;
        double previousRecall = 0;
        for (int i = 0; i < counts.size(); i++) {
            long tp = counts.truePositives[i];
            double recall = tp / p;
            double precision = (double) tp / (tp + counts.falsePositives[i]);
            averagePrecision += (recall - previousRecall) * precision;
            if (nextKept < keep.length && keep[nextKept] == i + 1) {
                nextKept++;
                points.add(new CurvePoint(recall, precision, counts.thresholds[i]));
            }
            previousRecall = recall;
        }
        return new PrecisionRecallCurve(className, points, averagePrecision);
    }
}
