package io.modelwright.desktop.history;

/**
 * One line of the side-by-side comparison of two runs.
 *
 * @param metric the metric key
 * @param left   the first run's "mean ± sd"
 * @param right  the second run's "mean ± sd"
 */
public record MetricComparison(String metric, String left, String right) {
}
