package io.modelwright.desktop.results;

import io.modelwright.core.eval.PlotPoint;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;

import java.util.List;
import java.util.Map;

/** Builds the JavaFX charts of the Results screen from plain series. */
final class ResultCharts {
    private ResultCharts() {
    }

    /** Lines on the unit square (ROC, precision–recall, calibration), optionally with the diagonal for reference. */
    static LineChart<Number, Number> unitCurves(String xLabel, String yLabel, List<ChartSeries> series,
                                                String diagonalName) {
        return unitCurves(xLabel, yLabel, series, diagonalName, false);
    }

    /** As above; with symbols, each point (e.g. a calibration bin) is marked. */
    static LineChart<Number, Number> unitCurves(String xLabel, String yLabel, List<ChartSeries> series,
                                                String diagonalName, boolean symbols) {
        LineChart<Number, Number> chart = new LineChart<>(unitAxis(xLabel), unitAxis(yLabel));
        chart.setCreateSymbols(symbols);
        chart.setAnimated(false);
        series.forEach(s -> chart.getData().add(toSeries(s)));
        if (diagonalName != null) {
            XYChart.Series<Number, Number> diagonal = toSeries(new ChartSeries(diagonalName,
                    List.of(new PlotPoint(0, 0), new PlotPoint(1, 1))));
            chart.getData().add(diagonal);
            // A reference, not data: drawn grey and dashed (see modelwright.css).
            diagonal.getNode().getStyleClass().add("reference-line");
            diagonal.getData().forEach(point -> {
                if (point.getNode() != null) {
                    point.getNode().setVisible(false);
                }
            });
        }
        chart.getStyleClass().add("result-chart");
        return chart;
    }

    static ScatterChart<Number, Number> scatter(String xLabel, String yLabel, List<ChartSeries> series) {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        x.setLabel(xLabel);
        y.setLabel(yLabel);
        x.setForceZeroInRange(false);
        y.setForceZeroInRange(false);
        ScatterChart<Number, Number> chart = new ScatterChart<>(x, y);
        chart.setAnimated(false);
        series.forEach(s -> chart.getData().add(toSeries(s)));
        chart.getStyleClass().addAll("result-chart", "scatter");
        return chart;
    }

    /** Vertical bars, one per category, in the map's order. */
    static BarChart<String, Number> bars(String xLabel, String yLabel, Map<String, ? extends Number> values) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        x.setLabel(xLabel);
        y.setLabel(yLabel);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        values.forEach((name, value) -> series.getData().add(new XYChart.Data<>(name, value)));
        chart.getData().add(series);
        chart.getStyleClass().add("result-chart");
        return chart;
    }

    private static NumberAxis unitAxis(String label) {
        NumberAxis axis = new NumberAxis(0, 1, 0.1);
        axis.setAutoRanging(false);
        axis.setLabel(label);
        return axis;
    }

    private static XYChart.Series<Number, Number> toSeries(ChartSeries source) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(source.name());
        for (PlotPoint p : source.points()) {
            series.getData().add(new XYChart.Data<>(p.x(), p.y()));
        }
        return series;
    }
}
