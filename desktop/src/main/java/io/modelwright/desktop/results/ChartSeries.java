package io.modelwright.desktop.results;

import io.modelwright.core.eval.PlotPoint;

import java.util.List;

/**
 * One line or point cloud of a chart.
 *
 * @param name   the legend entry, e.g. "setosa (AUC 0.998)"
 * @param points the points, in drawing order
 */
public record ChartSeries(String name, List<PlotPoint> points) {
    public ChartSeries {
        points = List.copyOf(points);
    }
}
