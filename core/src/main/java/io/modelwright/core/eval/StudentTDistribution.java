package io.modelwright.core.eval;

/**
 * Student's t distribution, computed through the regularized incomplete beta function:
 * P(|T| ≥ t) = I_{ν/(ν+t²)}(ν/2, 1/2).
 */
public final class StudentTDistribution {
    private StudentTDistribution() {
    }

    /**
     * @param t                the statistic (any real; ±infinity allowed)
     * @param degreesOfFreedom ν &gt; 0
     * @return the two-sided p-value P(|T| ≥ |t|); NaN when t is NaN
     */
    public static double twoSidedPValue(double t, double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0)) {
            throw new IllegalArgumentException("Degrees of freedom must be positive, not " + degreesOfFreedom + ".");
        }
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        double x = degreesOfFreedom / (degreesOfFreedom + t * t);
        return IncompleteBeta.regularized(degreesOfFreedom / 2, 0.5, x);
    }

    /**
     * @param t                the point
     * @param degreesOfFreedom ν &gt; 0
     * @return the cumulative probability P(T ≤ t)
     */
    public static double cdf(double t, double degreesOfFreedom) {
        double tail = twoSidedPValue(t, degreesOfFreedom) / 2;
        return t >= 0 ? 1 - tail : tail;
    }
}
