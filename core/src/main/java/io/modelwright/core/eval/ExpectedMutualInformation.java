package io.modelwright.core.eval;

/**
 * Expected mutual information of two random labelings with given cluster sizes, under the
 * hypergeometric model of Vinh, Epps and Bailey (2010), computed as scikit-learn's
 * {@code expected_mutual_information} does. Costs O(rows × columns × min cluster size).
 */
final class ExpectedMutualInformation {
    private ExpectedMutualInformation() {
    }

    static double of(long[] a, long[] b, long n) {
        double[] logFactorial = logFactorials(n);
        double logN = Math.log(n);
        double emi = 0;
        for (long ai : a) {
            for (long bj : b) {
                long start = Math.max(1, ai - n + bj);
                long end = Math.min(ai, bj);
                double fixed = logFactorial[(int) ai] + logFactorial[(int) bj]
                        + logFactorial[(int) (n - ai)] + logFactorial[(int) (n - bj)] - logFactorial[(int) n];
                for (long nij = start; nij <= end; nij++) {
                    double term2 = logN + Math.log(nij) - Math.log(ai) - Math.log(bj);
                    double logProbability = fixed - logFactorial[(int) nij] - logFactorial[(int) (ai - nij)]
                            - logFactorial[(int) (bj - nij)] - logFactorial[(int) (n - ai - bj + nij)];
                    emi += (double) nij / n * term2 * Math.exp(logProbability);
                }
            }
        }
        return emi;
    }

    private static double[] logFactorials(long n) {
        double[] table = new double[(int) n + 1];
        for (int i = 2; i <= n; i++) {
            table[i] = IncompleteBeta.logGamma(i + 1.0);
        }
        return table;
    }
}
