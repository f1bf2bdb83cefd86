package io.modelwright.core.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * ROC and precision–recall curves of every class against the rest, from a probability matrix.
 *
 * @param roc             one ROC curve per class, in class order
 * @param precisionRecall one precision–recall curve per class, in class order
 */
record OneVsRestCurves(List<RocCurve> roc, List<PrecisionRecallCurve> precisionRecall) {

    static OneVsRestCurves of(int[] truth, double[][] probabilities, List<String> classNames) {
        List<RocCurve> roc = new ArrayList<>();
        List<PrecisionRecallCurve> pr = new ArrayList<>();
        for (int c = 0; c < classNames.size(); c++) {
            boolean[] positive = new boolean[truth.length];
            double[] scores = new double[truth.length];
            for (int i = 0; i < truth.length; i++) {
                positive[i] = truth[i] == c;
                scores[i] = probabilities[i][c];
            }
            ThresholdCounts counts = ThresholdCounts.of(positive, scores);
            roc.add(RocCurve.of(classNames.get(c), counts));
            pr.add(PrecisionRecallCurve.of(classNames.get(c), counts));
        }
        return new OneVsRestCurves(List.copyOf(roc), List.copyOf(pr));
    }

    /**
     * Binary: the AUC of the second class (the positive one). Otherwise: the mean AUC over classes whose
     * AUC is defined (the class occurs, and so does some other class); NaN when none is.
     */
    double headlineAuc() {
        if (roc.size() == 2) {
            return roc.get(1).auc();
        }
        double sum = 0;
        int defined = 0;
        for (RocCurve curve : roc) {
            if (!Double.isNaN(curve.auc())) {
                sum += curve.auc();
                defined++;
            }
        }
        return defined == 0 ? Double.NaN : sum / defined;
    }
}
