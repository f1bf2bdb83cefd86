package io.modelwright.core.train;

/**
 * Nadeau and Bengio's corrected resampled t-test: are two models' per-fold scores really different, given that
 * cross-validation folds share training rows? The variance is inflated by {@code nTest/nTrain} to account for
 * that overlap: {@code t = mean(d) / sqrt((1/k + nTest/nTrain) * var(d))}, with k-1 degrees of freedom.
 */
public final class CorrectedResampledTTest {
    private CorrectedResampledTTest() {
    }

    /**
     * @param a      per-fold scores of one model
     * @param b      per-fold scores of the other, same folds
     * @param nTrain training rows per fold
     * @param nTest  test rows per fold
     * @return the two-sided p-value; 1 when the scores are identical, NaN with fewer than two folds
     */
    public static double pValue(double[] a, double[] b, double nTrain, double nTest) {
        int k = a.length;
        if (k < 2 || b.length != k) {
            return Double.NaN;
        }
        double[] d = new double[k];
        double mean = 0;
        for (int i = 0; i < k; i++) {
            d[i] = a[i] - b[i];
            mean += d[i] / k;
        }
        double var = 0;
        for (double x : d) {
            var += (x - mean) * (x - mean) / (k - 1);
        }
        if (var == 0) {
            return mean == 0 ? 1 : 0;
        }
        double t = mean / Math.sqrt((1.0 / k + nTest / nTrain) * var);
        return StudentT.twoSidedP(t, k - 1);
    }

    /** Student's t distribution tail via the regularized incomplete beta function. */
    static final class StudentT {
        private StudentT() {
        }

        /** @return P(|T| >= |t|) for T with {@code df} degrees of freedom */
        static double twoSidedP(double t, double df) {
            return regularizedBeta(df / (df + t * t), df / 2, 0.5);
        }

        static double regularizedBeta(double x, double a, double b) {
            if (x <= 0) {
                return 0;
            }
            if (x >= 1) {
                return 1;
            }
            double lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
            if (x < (a + 1) / (a + b + 2)) {
                return Math.exp(lnFront) * continuedFraction(x, a, b) / a;
            }
            return 1 - Math.exp(lnFront) * continuedFraction(1 - x, b, a) / b;
        }

        /** Lentz's method for the incomplete beta continued fraction. */
        private static double continuedFraction(double x, double a, double b) {
            double tiny = 1e-300;
            double c = 1, d = 1 - (a + b) * x / (a + 1);
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            double h = d;
            for (int m = 1; m <= 300; m++) {
                int m2 = 2 * m;
                double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
                d = 1 / nonZero(1 + aa * d);
                c = nonZero(1 + aa / c);
                h *= d * c;
                aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
                d = 1 / nonZero(1 + aa * d);
                c = nonZero(1 + aa / c);
                double delta = d * c;
                h *= delta;
                if (Math.abs(delta - 1) < 1e-14) {
                    break;
                }
            }
            return h;
        }

        private static double nonZero(double v) {
            return Math.abs(v) < 1e-300 ? 1e-300 : v;
        }

        /** Lanczos approximation of ln Γ(x), x > 0. */
        static double logGamma(double x) {
            double[] g = {76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155,
                    0.1208650973866179e-2, -0.5395239384953e-5};
            double y = x, tmp = x + 5.5;
            tmp -= (x + 0.5) * Math.log(tmp);
            double ser = 1.000000000190015;
            for (double c : g) {
                ser += c / ++y;
            }
            return -tmp + Math.log(2.5066282746310005 * ser / x);
        }
    }
}
