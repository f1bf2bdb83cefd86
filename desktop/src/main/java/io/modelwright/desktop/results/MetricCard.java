package io.modelwright.desktop.results;

import java.util.Locale;

/**
 * One metric as a card on the Results screen.
 *
 * @param metric      the metric key, e.g. {@code accuracy}
 * @param title       its name, e.g. "Accuracy"
 * @param value       "0.953 ± 0.027" (mean ± standard deviation over folds)
 * @param explanation what it means, for the tooltip
 */
public record MetricCard(String metric, String title, String value, String explanation) {

    static MetricCard of(String metric, double mean, double std) {
        return new MetricCard(metric, MetricGlossary.title(metric), meanAndSpread(mean, std),
                MetricGlossary.explanation(metric));
    }

    /** @return "0.953 ± 0.027", or "–" when there is no value */
    public static String meanAndSpread(double mean, double std) {
        if (Double.isNaN(mean)) {
            return "–";
        }
        return Double.isNaN(std) ? format(mean) : format(mean) + " ± " + format(std);
    }

    static String format(double value) {
        return Math.abs(value) >= 1000 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }
}
