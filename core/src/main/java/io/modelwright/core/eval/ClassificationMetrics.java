package io.modelwright.core.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything we report about a classifier on held-out rows. Build it with {@link #compute}.
 *
 * <p>Choices, so nobody has to guess: with two classes the <em>second</em> class name is the positive
 * class (its AUC is the headline AUC, and calibration bins its probability). Macro averages and balanced
 * accuracy run over the classes that occur in the truth or the predictions (balanced accuracy: in the truth),
 * as in scikit-learn. Log loss clips probabilities to [1e-15, 1 − 1e-15] and does not renormalise rows.
 *
 * @param classNames       class names in index order
 * @param accuracy         fraction of rows predicted correctly
 * @param balancedAccuracy mean recall over classes present in the truth
 * @param perClass         precision, recall, F1 and support per class, in class order
 * @param macroAverage     unweighted mean of per-class precision, recall and F1
 * @param weightedAverage  support-weighted mean of per-class precision, recall and F1
 * @param confusionMatrix  counts by true class (rows) and predicted class (columns)
 * @param logLoss          mean negative log probability of the true class; NaN without probabilities
 * @param auc              binary: AUC of the positive class; multiclass: macro one-vs-rest AUC; NaN without probabilities
 * @param rocCurves        one-vs-rest ROC curve per class; empty without probabilities
 * @param precisionRecallCurves one-vs-rest precision–recall curve per class; empty without probabilities
 * @param calibration      reliability bins (binary: probability of the positive class; multiclass: probability
 *                         of the predicted class against being correct); empty without probabilities
 */
public record ClassificationMetrics(List<String> classNames, double accuracy, double balancedAccuracy,
                                    List<ClassMetrics> perClass, ClassMetrics macroAverage,
                                    ClassMetrics weightedAverage, ConfusionMatrix confusionMatrix,
                                    double logLoss, double auc, List<RocCurve> rocCurves,
                                    List<PrecisionRecallCurve> precisionRecallCurves,
                                    List<CalibrationBin> calibration) {
    private static final double EPSILON = 1e-15;

    /** Makes the record immutable. */
    public ClassificationMetrics {
        classNames = List.copyOf(classNames);
        perClass = List.copyOf(perClass);
        rocCurves = List.copyOf(rocCurves);
        precisionRecallCurves = List.copyOf(precisionRecallCurves);
        calibration = List.copyOf(calibration);
    }

    /**
     * @param truth         true class index per row, in {@code 0..k-1}
     * @param predicted     predicted class index per row, in {@code 0..k-1}
     * @param probabilities per row, the k class probabilities in class order; {@code null} when the model has none
     * @param classNames    the k class names in index order
     * @return the metrics
     * @throws IllegalArgumentException when the arrays do not match each other or the class count
     */
    public static ClassificationMetrics compute(int[] truth, int[] predicted, double[][] probabilities,
                                                List<String> classNames) {
        ConfusionMatrix matrix = ConfusionMatrix.of(truth, predicted, classNames);
        int k = classNames.size();
        List<ClassMetrics> perClass = new ArrayList<>(k);
        double macroP = 0, macroR = 0, macroF = 0, weightedP = 0, weightedR = 0, weightedF = 0, recallSum = 0;
        int seen = 0, present = 0;
        long n = matrix.total();
        for (int c = 0; c < k; c++) {
            ClassMetrics m = ClassMetrics.of(matrix, c);
            perClass.add(m);
            if (m.support() > 0 || matrix.predictedCount(c) > 0) {
                seen++;
                macroP += m.precision();
                macroR += m.recall();
                macroF += m.f1();
            }
            if (m.support() > 0) {
                present++;
                recallSum += m.recall();
            }
            weightedP += m.precision() * m.support();
            weightedR += m.recall() * m.support();
            weightedF += m.f1() * m.support();
        }
        ClassMetrics macro = new ClassMetrics("macro avg", macroP / seen, macroR / seen, macroF / seen, n);
        ClassMetrics weighted = new ClassMetrics("weighted avg", weightedP / n, weightedR / n, weightedF / n, n);
        double accuracy = n == 0 ? Double.NaN : (double) matrix.correct() / n;
        double balanced = present == 0 ? Double.NaN : recallSum / present;
        if (probabilities == null) {
            return new ClassificationMetrics(classNames, accuracy, balanced, perClass, macro, weighted, matrix,
                    Double.NaN, Double.NaN, List.of(), List.of(), List.of());
        }
        checkProbabilities(probabilities, truth.length, k);
        OneVsRestCurves curves = OneVsRestCurves.of(truth, probabilities, classNames);
        return new ClassificationMetrics(classNames, accuracy, balanced, perClass, macro, weighted, matrix,
                logLoss(truth, probabilities), curves.headlineAuc(), curves.roc(), curves.precisionRecall(),
                calibration(truth, predicted, probabilities, k));
    }

    /**
     * The few numbers shown in a run list, with keys {@code accuracy}, {@code balancedAccuracy}, {@code macroF1},
     * and, when the model gave probabilities, {@code auc} (left out when undefined, e.g. one class only) and
     * {@code logLoss}.
     *
     * @return an unmodifiable map in that key order
     */
    public Map<String, Double> headline() {
        Map<String, Double> headline = new LinkedHashMap<>();
        headline.put("accuracy", accuracy);
        headline.put("balancedAccuracy", balancedAccuracy);
        headline.put("macroF1", macroAverage.f1());
        if (hasProbabilities()) {
            if (!Double.isNaN(auc)) {
                headline.put("auc", auc);
            }
            headline.put("logLoss", logLoss);
        }
        return Collections.unmodifiableMap(headline);
    }

    /** @return true when the model gave probabilities, so curves, AUC, log loss and calibration exist */
    public boolean hasProbabilities() {
        return !calibration.isEmpty();
    }

    private static void checkProbabilities(double[][] probabilities, int rows, int k) {
        if (probabilities.length != rows) {
            throw new IllegalArgumentException("There are " + rows + " rows but " + probabilities.length
                    + " rows of probabilities.");
        }
        for (int i = 0; i < rows; i++) {
            if (probabilities[i].length != k) {
                throw new IllegalArgumentException("Row " + i + " has " + probabilities[i].length
                        + " probabilities but there are " + k + " classes.");
            }
        }
    }

    private static double logLoss(int[] truth, double[][] probabilities) {
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            double p = Math.min(1 - EPSILON, Math.max(EPSILON, probabilities[i][truth[i]]));
            sum -= Math.log(p);
        }
        return truth.length == 0 ? Double.NaN : sum / truth.length;
    }

    private static List<CalibrationBin> calibration(int[] truth, int[] predicted, double[][] probabilities, int k) {
        double[] p = new double[truth.length];
        boolean[] happened = new boolean[truth.length];
        for (int i = 0; i < truth.length; i++) {
            int event = k == 2 ? 1 : predicted[i];
            p[i] = probabilities[i][event];
            happened[i] = truth[i] == event;
        }
        return CalibrationBin.tenBins(p, happened);
    }
}
