package io.modelwright.core.train;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A minimal, self-contained {@link MetricsCalculator}: accuracy, balanced accuracy, macro F1, log loss and AUC
 * (binary, or macro one-vs-rest) for classification; RMSE, MAE and R² for regression; silhouette (and NMI
 * against a given target) for clustering; AUC against a given target for anomaly detection.
 */
public final class BasicMetricsCalculator implements MetricsCalculator {
    private static final double EPS = 1e-15;
    /** Silhouette is quadratic in rows: above this many rows it is computed on an evenly spaced sample. */
    private static final int SILHOUETTE_MAX_ROWS = 2000;

    @Override
    public Map<String, Double> compute(FoldPredictions p) {
        Map<String, Double> m = new LinkedHashMap<>();
        switch (p.task()) {
            case CLASSIFICATION -> classification(p, m);
            case REGRESSION -> regression(p, m);
            case CLUSTERING -> clustering(p, m);
            case ANOMALY -> anomaly(p, m);
        }
        return m;
    }

    @Override
    public String mainMetric(Task task) {
        return switch (task) {
            case CLASSIFICATION -> "accuracy";
            case REGRESSION -> "rmse";
            case CLUSTERING -> "silhouette";
            case ANOMALY -> "auc";
        };
    }

    @Override
    public boolean higherIsBetter(String metric) {
        return !(metric.equals("rmse") || metric.equals("mae") || metric.equals("logLoss"));
    }

    private static void classification(FoldPredictions p, Map<String, Double> m) {
        String[] truth = p.truthLabels();
        String[] pred = p.predictedLabels();
        int n = truth.length;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            if (truth[i].equals(pred[i])) {
                correct++;
            }
        }
        m.put("accuracy", (double) correct / n);
        Set<String> labels = new TreeSet<>(Arrays.asList(truth));
        labels.addAll(Arrays.asList(pred));
        double recallSum = 0;
        int recallCount = 0;
        double f1Sum = 0;
        for (String c : labels) {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < n; i++) {
                boolean t = truth[i].equals(c), q = pred[i].equals(c);
                tp += t && q ? 1 : 0;
                fp += !t && q ? 1 : 0;
                fn += t && !q ? 1 : 0;
            }
            if (tp + fn > 0) {
                recallSum += (double) tp / (tp + fn);
                recallCount++;
            }
            f1Sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        m.put("balancedAccuracy", recallSum / recallCount);
        m.put("macroF1", f1Sum / labels.size());
        double[][] prob = p.probabilities();
        if (prob == null) {
            return;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < p.classes().size(); c++) {
            index.put(p.classes().get(c), c);
        }
        double loss = 0;
        for (int i = 0; i < n; i++) {
            Integer c = index.get(truth[i]);
            loss -= Math.log(Math.max(EPS, c == null ? 0 : prob[i][c]));
        }
        m.put("logLoss", loss / n);
        double auc = macroAuc(p.classes(), truth, prob);
        if (!Double.isNaN(auc)) {
            m.put("auc", auc);
        }
    }

    private static double macroAuc(java.util.List<String> classes, String[] truth, double[][] prob) {
        if (classes.size() == 2) {
            return auc(positives(truth, classes.get(1)), column(prob, 1));
        }
        double sum = 0;
        int count = 0;
        for (int c = 0; c < classes.size(); c++) {
            double a = auc(positives(truth, classes.get(c)), column(prob, c));
            if (!Double.isNaN(a)) {
                sum += a;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static boolean[] positives(String[] truth, String positive) {
        boolean[] out = new boolean[truth.length];
        for (int i = 0; i < truth.length; i++) {
            out[i] = truth[i].equals(positive);
        }
        return out;
    }

    private static double[] column(double[][] prob, int c) {
        double[] out = new double[prob.length];
        for (int i = 0; i < prob.length; i++) {
            out[i] = prob[i][c];
        }
        return out;
    }

    /** Area under the ROC curve by the rank-sum (Mann-Whitney) formula, ties counted half; NaN with one class. */
    static double auc(boolean[] positive, double[] score) {
        int n = score.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSumPos += rank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    private static void regression(FoldPredictions p, Map<String, Double> m) {
        double[] y = p.truthValues();
        double[] f = p.predictedValues();
        int n = y.length;
        double se = 0, ae = 0, mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double tss = 0;
        for (int i = 0; i < n; i++) {
            double d = y[i] - f[i];
            se += d * d;
            ae += Math.abs(d);
            tss += (y[i] - mean) * (y[i] - mean);
        }
        m.put("rmse", Math.sqrt(se / n));
        m.put("mae", ae / n);
        m.put("r2", tss == 0 ? 0 : 1 - se / tss);
    }

    private static void clustering(FoldPredictions p, Map<String, Double> m) {
        if (p.features() != null) {
            m.put("silhouette", silhouette(p.features(), p.predictedLabels()));
        }
        if (p.truthLabels() != null) {
            m.put("nmi", nmi(p.truthLabels(), p.predictedLabels()));
        }
    }

    private static void anomaly(FoldPredictions p, Map<String, Double> m) {
        String[] pred = p.predictedLabels();
        long flagged = Arrays.stream(pred).filter("ANOMALOUS"::equals).count();
        m.put("anomalyRate", (double) flagged / pred.length);
        if (p.truthLabels() != null && p.predictedValues() != null) {
            double a = auc(positives(p.truthLabels(), "ANOMALOUS"), p.predictedValues());
            if (!Double.isNaN(a)) {
                m.put("auc", a);
            }
        }
    }

    /** Mean silhouette width (Euclidean); rows in singleton clusters count 0. */
    static double silhouette(double[][] x, String[] cluster) {
        int n = x.length;
        int step = Math.max(1, (n + SILHOUETTE_MAX_ROWS - 1) / SILHOUETTE_MAX_ROWS);
        int[] idx = java.util.stream.IntStream.iterate(0, i -> i < n, i -> i + step).toArray();
        double total = 0;
        for (int i : idx) {
            Map<String, double[]> sums = new HashMap<>(); // cluster -> {distance sum, count}
            for (int j : idx) {
                if (i != j) {
                    double[] s = sums.computeIfAbsent(cluster[j], c -> new double[2]);
                    s[0] += distance(x[i], x[j]);
                    s[1]++;
                }
            }
            double[] own = sums.get(cluster[i]);
            if (own == null || own[1] == 0) {
                continue;
            }
            double a = own[0] / own[1];
            double b = Double.POSITIVE_INFINITY;
            for (Map.Entry<String, double[]> e : sums.entrySet()) {
                if (!e.getKey().equals(cluster[i])) {
                    b = Math.min(b, e.getValue()[0] / e.getValue()[1]);
                }
            }
            if (Double.isFinite(b) && Math.max(a, b) > 0) {
                total += (b - a) / Math.max(a, b);
            }
        }
        return total / idx.length;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** Normalized mutual information with arithmetic-mean normalization; 1 when both are a single group. */
    static double nmi(String[] a, String[] b) {
        int n = a.length;
        Map<String, Integer> ca = new HashMap<>(), cb = new HashMap<>(), cab = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ca.merge(a[i], 1, Integer::sum);
            cb.merge(b[i], 1, Integer::sum);
            cab.merge(a[i] + "\u0000" + b[i], 1, Integer::sum);
        }
        double mi = 0;
        for (Map.Entry<String, Integer> e : cab.entrySet()) {
            String[] k = e.getKey().split("\u0000", 2);
            double pab = (double) e.getValue() / n;
            mi += pab * Math.log(pab / ((double) ca.get(k[0]) / n * cb.get(k[1]) / n));
        }
        double ha = entropy(ca, n), hb = entropy(cb, n);
        return ha + hb == 0 ? 1 : 2 * mi / (ha + hb);
    }

    private static double entropy(Map<String, Integer> counts, int n) {
        double h = 0;
        for (int c : counts.values()) {
            double q = (double) c / n;
            h -= q * Math.log(q);
        }
        return h;
    }
}
