package io.modelwright.core.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything we report about a regression model on held-out rows. Build it with {@link #compute}.
 *
 * <p>When the actual values are all equal, R² and explained variance are 1 for a perfect prediction and
 * 0 otherwise (scikit-learn's {@code force_finite} convention) instead of dividing by zero.
 *
 * @param count             number of rows
 * @param rmse              root mean squared error
 * @param mae               mean absolute error
 * @param r2                coefficient of determination, 1 − SS_res / SS_tot
 * @param explainedVariance 1 − Var(residual) / Var(actual)
 * @param residuals         actual − predicted, per row (a copy is returned)
 * @param predictedVsActual (actual, predicted) points for a scatter plot, at most {@link #MAX_PLOT_POINTS}
 * @param residualsVsPredicted (predicted, residual) points for a residual plot, at most {@link #MAX_PLOT_POINTS}
 */
public record RegressionMetrics(int count, double rmse, double mae, double r2, double explainedVariance,
                                double[] residuals, List<PlotPoint> predictedVsActual,
                                List<PlotPoint> residualsVsPredicted) {
    /** The most points kept for a scatter plot; larger data is thinned to evenly spaced rows. */
    public static final int MAX_PLOT_POINTS = 2000;

    /** Makes the record immutable. */
    public RegressionMetrics {
        residuals = residuals.clone();
        predictedVsActual = List.copyOf(predictedVsActual);
        residualsVsPredicted = List.copyOf(residualsVsPredicted);
    }

    /** @return a copy of the residuals, actual − predicted, per row */
    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    /**
     * @param actual    the true values
     * @param predicted the model's values, row for row
     * @return the metrics
     * @throws IllegalArgumentException when the lengths differ or there are no rows
     */
    public static RegressionMetrics compute(double[] actual, double[] predicted) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("There are " + actual.length + " actual values but "
                    + predicted.length + " predictions; they must match row for row.");
        }
        int n = actual.length;
        if (n == 0) {
            throw new IllegalArgumentException("There are no rows to evaluate.");
        }
        double[] residuals = new double[n];
        double squared = 0, absolute = 0, actualSum = 0, residualSum = 0;
        for (int i = 0; i < n; i++) {
            residuals[i] = actual[i] - predicted[i];
            squared += residuals[i] * residuals[i];
            absolute += Math.abs(residuals[i]);
            actualSum += actual[i];
            residualSum += residuals[i];
        }
        double actualMean = actualSum / n;
        double residualMean = residualSum / n;
        double totalSquares = 0, residualVariance = 0;
        for (int i = 0; i < n; i++) {
            totalSquares += (actual[i] - actualMean) * (actual[i] - actualMean);
            residualVariance += (residuals[i] - residualMean) * (residuals[i] - residualMean);
        }
        double r2 = fractionExplained(squared, totalSquares);
        double explained = fractionExplained(residualVariance, totalSquares);
        List<PlotPoint> versusActual = new ArrayList<>();
        List<PlotPoint> versusPredicted = new ArrayList<>();
        for (int i : EvenlySpacedIndices.of(n, MAX_PLOT_POINTS)) {
            versusActual.add(new PlotPoint(actual[i], predicted[i]));
            versusPredicted.add(new PlotPoint(predicted[i], residuals[i]));
        }
        return new RegressionMetrics(n, Math.sqrt(squared / n), absolute / n, r2, explained,
                residuals, versusActual, versusPredicted);
    }

    private static double fractionExplained(double unexplained, double total) {
        if (total == 0) {
            return unexplained == 0 ? 1 : 0;
        }
        return 1 - unexplained / total;
    }

    /**
     * The few numbers shown in a run list: keys {@code rmse}, {@code mae}, {@code r2}.
     *
     * @return an unmodifiable map in that key order
     */
    public Map<String, Double> headline() {
        Map<String, Double> headline = new LinkedHashMap<>();
        headline.put("rmse", rmse);
        headline.put("mae", mae);
        headline.put("r2", r2);
        return Collections.unmodifiableMap(headline);
    }
}
