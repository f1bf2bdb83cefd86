package io.modelwright.core.data;

/**
 * One pass over a numeric column: what typing needs to tell numeric from integer, boolean and constant.
 *
 * @param values      non-missing values
 * @param finite      finite values
 * @param infinities  +/-Infinity values
 * @param min         smallest finite value (NaN if none)
 * @param max         largest finite value (NaN if none)
 * @param allIntegers every finite value is a whole number
 * @param zeroOneOnly every value is 0 or 1
 * @param sum         sum of the finite values, added in row order (so the profile's mean is reproducible)
 */
record NumericStats(int values, int finite, int infinities, double min, double max, boolean allIntegers,
                    boolean zeroOneOnly, double sum) {

    static NumericStats of(double[] data) {
        int values = 0;
        int infinities = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean integers = true;
        boolean zeroOne = true;
        double sum = 0;
        for (double v : data) {
            if (Double.isNaN(v)) {
                continue;
            }
            values++;
            if (Double.isInfinite(v)) {
                infinities++;
                zeroOne = false;
                continue;
            }
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
            if (integers && v != Math.rint(v)) {
                integers = false;
            }
            if (zeroOne && v != 0 && v != 1) {
                zeroOne = false;
            }
        }
        int finite = values - infinities;
        return finite == 0
                ? new NumericStats(values, 0, infinities, Double.NaN, Double.NaN, false, false, 0)
                : new NumericStats(values, finite, infinities, min, max, integers, zeroOne, sum);
    }
}
