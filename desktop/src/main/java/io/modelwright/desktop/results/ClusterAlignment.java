package io.modelwright.desktop.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives clusters found in different folds the same numbers. Each fold's model numbers its clusters its own way,
 * so "cluster 0" of fold 2 may be "cluster 1" of fold 1; out-of-fold labels are only comparable after this.
 * Each fold's clusters are matched to the first fold's by nearest centroid, closest pairs first.
 */
final class ClusterAlignment {
    private ClusterAlignment() {
    }

    /**
     * @param points   coordinates per row
     * @param clusters cluster label per row, as each fold numbered them
     * @param folds    fold per row
     * @return the labels renumbered to the first fold's clusters (unmatched clusters keep fresh numbers)
     */
    static int[] align(double[][] points, int[] clusters, int[] folds) {
        Map<Integer, Map<Integer, double[]>> centroids = centroids(points, clusters, folds);
        int reference = centroids.keySet().stream().min(Integer::compare).orElse(0);
        Map<Integer, double[]> target = centroids.getOrDefault(reference, Map.of());
        int fresh = target.keySet().stream().max(Integer::compare).orElse(-1) + 1;
        Map<Integer, Map<Integer, Integer>> mapping = new HashMap<>();
        for (var fold : centroids.entrySet()) {
            Map<Integer, Integer> map = new HashMap<>();
            List<int[]> pairs = new ArrayList<>();
            fold.getValue().keySet().forEach(c -> target.keySet().forEach(t -> pairs.add(new int[]{c, t})));
            pairs.sort((a, b) -> Double.compare(distance(fold.getValue().get(a[0]), target.get(a[1])),
                    distance(fold.getValue().get(b[0]), target.get(b[1]))));
            Set<Integer> taken = new HashSet<>();
            for (int[] pair : pairs) {
                if (!map.containsKey(pair[0]) && !taken.contains(pair[1])) {
                    map.put(pair[0], pair[1]);
                    taken.add(pair[1]);
                }
            }
            for (Integer c : fold.getValue().keySet()) {
                if (!map.containsKey(c)) {
                    map.put(c, fresh++);
                }
            }
            mapping.put(fold.getKey(), map);
        }
        int[] aligned = new int[clusters.length];
        for (int i = 0; i < clusters.length; i++) {
            aligned[i] = mapping.get(folds[i]).get(clusters[i]);
        }
        return aligned;
    }

    private static Map<Integer, Map<Integer, double[]>> centroids(double[][] points, int[] clusters, int[] folds) {
        Map<Integer, Map<Integer, double[]>> sums = new HashMap<>();
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        for (int i = 0; i < clusters.length; i++) {
            double[] sum = sums.computeIfAbsent(folds[i], f -> new HashMap<>())
                    .computeIfAbsent(clusters[i], c -> new double[points[0].length]);
            for (int d = 0; d < sum.length; d++) {
                sum[d] += points[i][d];
            }
            counts.computeIfAbsent(folds[i], f -> new HashMap<>()).merge(clusters[i], 1, Integer::sum);
        }
        sums.forEach((fold, byCluster) -> byCluster.forEach((cluster, sum) -> {
            int n = counts.get(fold).get(cluster);
            for (int d = 0; d < sum.length; d++) {
                sum[d] /= n;
            }
        }));
        return sums;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += (a[d] - b[d]) * (a[d] - b[d]);
        }
        return sum;
    }
}
