package io.modelwright.core.eval;

import java.util.SplittableRandom;

/**
 * The first two principal components of a small sample, found by power iteration on the covariance matrix
 * with deflation. Deterministic for a given seed; each axis is flipped so its largest entry is positive.
 */
final class PrincipalComponents {
    private static final int ITERATIONS = 500;
    private static final double TOLERANCE = 1e-12;

    final double[] mean;
    final double[] first;
    final double[] second;

    private PrincipalComponents(double[] mean, double[] first, double[] second) {
        this.mean = mean;
        this.first = first;
        this.second = second;
    }

    static PrincipalComponents fit(double[][] points, int[] rows, long seed) {
        int d = points[rows[0]].length;
        double[] mean = new double[d];
        for (int r : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += points[r][j] / rows.length;
            }
        }
        double[][] covariance = new double[d][d];
        for (int r : rows) {
            for (int i = 0; i < d; i++) {
                double di = points[r][i] - mean[i];
                for (int j = i; j < d; j++) {
                    covariance[i][j] += di * (points[r][j] - mean[j]);
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                covariance[i][j] = covariance[j][i];
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] first = dominantEigenvector(covariance, random);
        double lambda = rayleigh(covariance, first);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                covariance[i][j] -= lambda * first[i] * first[j];
            }
        }
        double[] second = d < 2 ? new double[d] : dominantEigenvector(covariance, random);
        return new PrincipalComponents(mean, first, second);
    }

    double[] project(double[] point) {
        double x = 0, y = 0;
        for (int j = 0; j < point.length; j++) {
            double centred = point[j] - mean[j];
            x += centred * first[j];
            y += centred * second[j];
        }
        return new double[] {x, y};
    }

    private static double[] dominantEigenvector(double[][] matrix, SplittableRandom random) {
        int d = matrix.length;
        double[] v = new double[d];
        for (int j = 0; j < d; j++) {
            v[j] = random.nextDouble() - 0.5;
        }
        normalise(v);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] next = new double[d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    next[i] += matrix[i][j] * v[j];
                }
            }
            if (normalise(next) == 0) {
                return new double[d]; // no variance left in any direction
            }
            double change = 0;
            for (int j = 0; j < d; j++) {
                change = Math.max(change, Math.abs(next[j] - v[j]));
            }
            v = next;
            if (change < TOLERANCE) {
                break;
            }
        }
        int largest = 0;
        for (int j = 1; j < d; j++) {
            largest = Math.abs(v[j]) > Math.abs(v[largest]) ? j : largest;
        }
        if (v[largest] < 0) {
            for (int j = 0; j < d; j++) {
                v[j] = -v[j];
            }
        }
        return v;
    }

    private static double rayleigh(double[][] matrix, double[] v) {
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                sum += v[i] * matrix[i][j] * v[j];
            }
        }
        return sum;
    }

    private static double normalise(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] /= norm;
            }
        }
        return norm;
    }
}
