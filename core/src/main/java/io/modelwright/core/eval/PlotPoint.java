package io.modelwright.core.eval;

/**
 * One point of a scatter plot.
 *
 * @param x horizontal coordinate
 * @param y vertical coordinate
 */
public record PlotPoint(double x, double y) {
}
