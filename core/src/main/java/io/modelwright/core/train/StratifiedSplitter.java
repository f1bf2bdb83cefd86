package io.modelwright.core.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** One seeded hold-out split; with strata (classification) each class is held out in the same proportion. */
public final class StratifiedSplitter {
    private StratifiedSplitter() {
    }

    /**
     * @param rows     the usable row indices
     * @param strata   per row (aligned with rows) its class, or null
     * @param fraction the share of rows to hold out for testing
     * @param seed     the shuffle seed
     * @return the split as a single fold
     */
    public static Fold split(int[] rows, String[] strata, double fraction, long seed) {
        Random random = new Random(seed);
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < rows.length; i++) {
            groups.computeIfAbsent(strata == null ? "" : strata[i], c -> new ArrayList<>()).add(rows[i]);
        }
        List<Integer> test = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            int[] g = group.stream().mapToInt(Integer::intValue).toArray();
            StratifiedKFold.shuffle(g, random);
            int take = (int) Math.round(g.length * fraction);
            if (g.length > 1) {
                take = Math.max(1, Math.min(g.length - 1, take)); // keep every class on both sides
            }
            for (int i = 0; i < take; i++) {
                test.add(g[i]);
            }
        }
        int[] testRows = test.stream().mapToInt(Integer::intValue).sorted().toArray();
        Arrays.sort(testRows);
        return new Fold(0, StratifiedKFold.complement(rows, testRows), testRows);
    }
}
