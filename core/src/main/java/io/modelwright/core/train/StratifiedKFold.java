package io.modelwright.core.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Splits rows into k folds, seeded. With strata (classification), the rows of each class are shuffled and dealt
 * round-robin across the folds, so every fold holds each class's share to within one row.
 */
public final class StratifiedKFold {
    private StratifiedKFold() {
    }

    /**
     * @param rows   the usable row indices
     * @param strata per row (aligned with rows) its class, or null for plain shuffled k-fold
     * @param k      number of folds
     * @param seed   the shuffle seed
     * @return k folds; each row is in exactly one fold's test rows
     */
    public static List<Fold> split(int[] rows, String[] strata, int k, long seed) {
        int[] order = dealingOrder(rows, strata, seed);
        List<List<Integer>> tests = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            tests.add(new ArrayList<>());
        }
        for (int i = 0; i < order.length; i++) {
            tests.get(i % k).add(order[i]);
        }
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int[] test = tests.get(f).stream().mapToInt(Integer::intValue).sorted().toArray();
            folds.add(new Fold(f, complement(rows, test), test));
        }
        return folds;
    }

    /** @return the rows grouped by class (classes sorted), each group shuffled; or all rows shuffled */
    static int[] dealingOrder(int[] rows, String[] strata, long seed) {
        Random random = new Random(seed);
        if (strata == null) {
            int[] all = rows.clone();
            shuffle(all, random);
            return all;
        }
        Map<String, List<Integer>> byClass = new TreeMap<>();
        for (int i = 0; i < rows.length; i++) {
            byClass.computeIfAbsent(strata[i], c -> new ArrayList<>()).add(rows[i]);
        }
        int[] out = new int[rows.length];
        int n = 0;
        for (List<Integer> group : byClass.values()) {
            int[] g = group.stream().mapToInt(Integer::intValue).toArray();
            shuffle(g, random);
            System.arraycopy(g, 0, out, n, g.length);
            n += g.length;
        }
        return out;
    }

    static int[] complement(int[] rows, int[] sortedTest) {
        int[] out = new int[rows.length - sortedTest.length];
        int n = 0;
        for (int r : rows) {
            if (Arrays.binarySearch(sortedTest, r) < 0) {
                out[n++] = r;
            }
        }
        Arrays.sort(out);
        return out;
    }

    static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
