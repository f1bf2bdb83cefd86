package io.modelwright.desktop.history;

import io.modelwright.core.train.StandardMetricsCalculator;
import io.modelwright.core.train.MetricsCalculator;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * One finished training run, as the History screen lists it and the Results screen shows it.
 *
 * @param number        1, 2, 3... in the order the runs finished
 * @param algorithmName the algorithm's display name
 * @param request       what was asked for (data, target, settings, validation)
 * @param result        what came out
 * @param finishedAt    when it finished
 */
public record TrainingRun(int number, String algorithmName, TrainingRequest request, TrainingResult result,
                          LocalDateTime finishedAt) {
    private static final MetricsCalculator METRICS = new StandardMetricsCalculator();

    /** @return the metric the leaderboard ranks by: accuracy, rmse, silhouette or auc */
    public String mainMetric() {
        return METRICS.mainMetric(result.task());
    }

    public boolean higherIsBetter(String metric) {
        return METRICS.higherIsBetter(metric);
    }

    public double mainMean() {
        return result.mean().getOrDefault(mainMetric(), Double.NaN);
    }

    public double mainStd() {
        return result.std().getOrDefault(mainMetric(), Double.NaN);
    }

    /** @return "5-fold cross-validation" or "hold-out 20%" */
    public String validationText() {
        var scheme = request.validation();
        return scheme.isCrossValidation()
                ? scheme.folds() + "-fold cross-validation"
                : String.format(Locale.ROOT, "hold-out %.0f%%", scheme.holdoutFraction() * 100);
    }

    /** @return "#3 Logistic regression" */
    public String title() {
        return "#" + number + " " + algorithmName;
    }

    /** @return the run's wall time in seconds, e.g. "1.4 s" */
    public String durationText() {
        return String.format(Locale.ROOT, "%.1f s", result.totalMillis() / 1000.0);
    }
}
