package io.modelwright.core.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A receiver operating characteristic curve of one class against all others, and the area under it.
 *
 * <p>The area is computed on the full data by the trapezoid rule over one point per distinct score,
 * so tied scores form one diagonal segment and the area equals the Mann–Whitney statistic
 * (the probability that a random positive scores above a random negative, ties counting one half).
 * The points are thinned to at most {@link #MAX_POINTS} for drawing.
 *
 * @param className the class treated as positive
 * @param points    (false positive rate, true positive rate) from (0, 0) to (1, 1); empty when undefined
 * @param auc       area under the curve; NaN when the data has no positives or no negatives
 */
public record RocCurve(String className, List<CurvePoint> points, double auc) {
    /** The most points kept for drawing. */
    public static final int MAX_POINTS = 500;

    /** Makes the record immutable. */
    public RocCurve {
        points = List.copyOf(points);
    }

    /**
     * @param className the class treated as positive
     * @param positive  per row, whether it belongs to that class
     * @param scores    per row, the model's score for that class (higher means more likely positive)
     * @return the curve and its area
     */
    public static RocCurve of(String className, boolean[] positive, double[] scores) {
        return of(className, ThresholdCounts.of(positive, scores));
    }

    static RocCurve of(String className, ThresholdCounts counts) {
        if (counts.positives == 0 || counts.negatives == 0) {
            return new RocCurve(className, List.of(), Double.NaN);
        }
        double p = counts.positives;
        double n = counts.negatives;
        // Only the points kept for drawing become objects; the summary uses every threshold.
        int[] keep = EvenlySpacedIndices.of(counts.size() + 1, MAX_POINTS);
        int nextKept = 1;
        List<CurvePoint> points = new ArrayList<>(keep.length);
        points.add(new CurvePoint(0, 0, Double.POSITIVE_INFINITY));
        double area = 0;
        double previousFpr = 0;
        double previousTpr = 0;
        for (int i = 0; i < counts.size(); i++) {
            double fpr = counts.falsePositives[i] / n;
            double tpr = counts.truePositives[i] / p;
            area += (fpr - previousFpr) * (tpr + previousTpr) / 2;
            if (nextKept < keep.length && keep[nextKept] == i + 1) {
                nextKept++;
                points.add(new CurvePoint(fpr, tpr, counts.thresholds[i]));
            }
            previousFpr = fpr;
            previousTpr = tpr;
        }
        return new RocCurve(className, points, area);
    }
}
