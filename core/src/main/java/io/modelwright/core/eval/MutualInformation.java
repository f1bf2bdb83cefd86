package io.modelwright.core.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Mutual information between two labelings (natural log), normalised (NMI) and adjusted for chance (AMI),
 * both with the arithmetic mean of the two entropies as normaliser, matching scikit-learn's defaults
 * ({@code normalized_mutual_info_score}, {@code adjusted_mutual_info_score}).
 */
final class MutualInformation {
    private final long[][] contingency;
    private final long[] rowSums;
    private final long[] columnSums;
    private final long n;

    MutualInformation(int[] truth, int[] clusters) {
        if (truth.length != clusters.length) {
            throw new IllegalArgumentException("There are " + truth.length + " true labels but "
                    + clusters.length + " cluster assignments; they must match row for row.");
        }
        Map<Integer, Integer> rows = new HashMap<>();
        Map<Integer, Integer> columns = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            rows.computeIfAbsent(truth[i], key -> rows.size());
            columns.computeIfAbsent(clusters[i], key -> columns.size());
        }
        contingency = new long[rows.size()][columns.size()];
        rowSums = new long[rows.size()];
        columnSums = new long[columns.size()];
        for (int i = 0; i < truth.length; i++) {
            int r = rows.get(truth[i]);
            int c = columns.get(clusters[i]);
            contingency[r][c]++;
            rowSums[r]++;
            columnSums[c]++;
        }
        n = truth.length;
    }

    double mutualInformation() {
        double mi = 0;
        for (int r = 0; r < rowSums.length; r++) {
            for (int c = 0; c < columnSums.length; c++) {
                long nij = contingency[r][c];
                if (nij > 0) {
                    mi += (double) nij / n * Math.log((double) n * nij / ((double) rowSums[r] * columnSums[c]));
                }
            }
        }
        return Math.max(0, mi);
    }

    /** @return NMI in [0, 1]; 1 when both labelings put everything in one cluster */
    double normalized() {
        if (bothTrivial()) {
            return 1;
        }
        double mi = mutualInformation();
        if (mi == 0) {
            return 0;
        }
        return mi / ((entropy(rowSums) + entropy(columnSums)) / 2);
    }

    /** @return AMI: 1 for identical partitions, about 0 for independent ones, can be negative */
    double adjusted() {
        if (bothTrivial()) {
            return 1;
        }
        double mi = mutualInformation();
        double emi = ExpectedMutualInformation.of(rowSums, columnSums, n);
        double denominator = (entropy(rowSums) + entropy(columnSums)) / 2 - emi;
        double eps = Math.ulp(1.0);
        denominator = denominator < 0 ? Math.min(denominator, -eps) : Math.max(denominator, eps);
        return (mi - emi) / denominator;
    }

    private boolean bothTrivial() {
        return rowSums.length == columnSums.length && rowSums.length <= 1;
    }

    private double entropy(long[] sums) {
        double h = 0;
        for (long s : sums) {
            if (s > 0) {
                double p = (double) s / n;
                h -= p * Math.log(p);
            }
        }
        return h;
    }
}
