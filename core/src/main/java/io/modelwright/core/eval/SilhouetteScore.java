package io.modelwright.core.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Mean silhouette coefficient with Euclidean distance, as in scikit-learn's {@code silhouette_score}:
 * for each point, (b − a) / max(a, b) where a is the mean distance to the other points of its cluster
 * and b the smallest mean distance to the points of another cluster; points alone in their cluster score 0.
 * Every distinct label, including a noise label such as −1, counts as a cluster.
 */
final class SilhouetteScore {
    private SilhouetteScore() {
    }

    /**
     * @param points  coordinates per point
     * @param labels  cluster label per point
     * @param rows    which points to use (the silhouette is computed among these only)
     * @return the mean coefficient in [−1, 1]; NaN unless there are between 2 and (rows − 1) clusters
     */
    static double of(double[][] points, int[] labels, int[] rows) {
        Map<Integer, Integer> clusterIndex = new HashMap<>();
        int m = rows.length;
        int[] cluster = new int[m];
        for (int r = 0; r < m; r++) {
            cluster[r] = clusterIndex.computeIfAbsent(labels[rows[r]], key -> clusterIndex.size());
        }
        int k = clusterIndex.size();
        if (k < 2 || k > m - 1) {
            return Double.NaN;
        }
        int[] sizes = new int[k];
        for (int c : cluster) {
            sizes[c]++;
        }
        double total = 0;
        double[] distanceSums = new double[k];
        for (int r = 0; r < m; r++) {
            java.util.Arrays.fill(distanceSums, 0);
            for (int s = 0; s < m; s++) {
                if (s != r) {
                    distanceSums[cluster[s]] += distance(points[rows[r]], points[rows[s]]);
                }
            }
            int own = cluster[r];
            if (sizes[own] == 1) {
                continue;
            }
            double a = distanceSums[own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own) {
                    b = Math.min(b, distanceSums[c] / sizes[c]);
                }
            }
            double denominator = Math.max(a, b);
            total += denominator == 0 ? 0 : (b - a) / denominator;
        }
        return total / m;
    }

    static double distance(double[] x, double[] y) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            double d = x[j] - y[j];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
