package io.modelwright.core.eval;

/**
 * The regularized incomplete beta function I_x(a, b) by Lentz's continued fraction, and the log-gamma
 * function by the Lanczos approximation, after Numerical Recipes (3rd ed., §6.1 and §6.4).
 */
final class IncompleteBeta {
    private static final int MAX_ITERATIONS = 10_000;
    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final double[] LANCZOS = {57.1562356658629235, -59.5979603554754912, 14.1360979747417471,
        -0.491913816097620199, .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4,
        .158088703224912494e-3, -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3,
        .844182239838527433e-4, -.261908384015814087e-4, .368991826595316234e-5};

    private IncompleteBeta() {
    }

    /** @return ln Γ(x) for x &gt; 0, accurate to about 1e-15 relative */
    static double logGamma(double x) {
        double y = x;
        double tmp = x + 5.24218750000000000;
        tmp = (x + 0.5) * Math.log(tmp) - tmp;
        double series = 0.999999999999997092;
        for (double c : LANCZOS) {
            series += c / ++y;
        }
        return tmp + Math.log(2.5066282746310005 * series / x);
    }

    /** @return I_x(a, b), the regularized incomplete beta function, for a, b &gt; 0 and x in [0, 1] */
    static double regularized(double a, double b, double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        // The continued fraction converges fast only on this side of the mean; use the symmetry otherwise.
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(a, b, x) / a;
        }
        return 1 - front * continuedFraction(b, a, 1 - x) / b;
    }

    private static double continuedFraction(double a, double b, double x) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = nonZero(1 - qab * x / qap);
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 / nonZero(1 + aa * d);
            c = nonZero(1 + aa / c);
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 / nonZero(1 + aa * d);
            c = nonZero(1 + aa / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }
}
