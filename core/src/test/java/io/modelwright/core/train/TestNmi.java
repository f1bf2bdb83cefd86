package io.modelwright.core.train;

import java.util.HashMap;
import java.util.Map;

/** Normalized mutual information (arithmetic normalization), written independently of the product's for tests. */
final class TestNmi {
    private TestNmi() {
    }

    static double of(String[] a, String[] b) {
        int n = a.length;
        Map<String, Map<String, Integer>> joint = new HashMap<>();
        Map<String, Integer> ca = new HashMap<>();
        Map<String, Integer> cb = new HashMap<>();
        for (int i = 0; i < n; i++) {
            joint.computeIfAbsent(a[i], k -> new HashMap<>()).merge(b[i], 1, Integer::sum);
            ca.merge(a[i], 1, Integer::sum);
            cb.merge(b[i], 1, Integer::sum);
        }
        double mi = 0;
        for (var ea : joint.entrySet()) {
            for (var eb : ea.getValue().entrySet()) {
                double p = eb.getValue() / (double) n;
                mi += p * Math.log(p * n * n / ((double) ca.get(ea.getKey()) * cb.get(eb.getKey())));
            }
        }
        return 2 * mi / (h(ca, n) + h(cb, n));
    }

    private static double h(Map<String, Integer> counts, int n) {
        return counts.values().stream().mapToDouble(c -> -c / (double) n * Math.log(c / (double) n)).sum();
    }
}
