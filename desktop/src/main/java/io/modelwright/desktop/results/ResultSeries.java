package io.modelwright.desktop.results;

import io.modelwright.core.eval.CalibrationBin;
import io.modelwright.core.eval.ClassificationMetrics;
import io.modelwright.core.eval.ClusteringMetrics;
import io.modelwright.core.eval.CurvePoint;
import io.modelwright.core.eval.PlotPoint;
import io.modelwright.core.eval.PrecisionRecallCurve;
import io.modelwright.core.eval.ProjectedPoint;
import io.modelwright.core.eval.RegressionMetrics;
import io.modelwright.core.eval.RocCurve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The chart series of the Results screen, named for their legends, from the eval library's metrics. */
final class ResultSeries {
    private static final int MAX_CURVE_POINTS = 500;

    private ResultSeries() {
    }

    static List<ChartSeries> roc(ClassificationMetrics metrics) {
        List<ChartSeries> out = new ArrayList<>();
        for (RocCurve curve : positives(metrics.rocCurves(), metrics)) {
            out.add(new ChartSeries(curve.className() + String.format(Locale.ROOT, " (AUC %.3f)", curve.auc()),
                    points(curve.points())));
        }
        return out;
    }

    static List<ChartSeries> precisionRecall(ClassificationMetrics metrics) {
        List<ChartSeries> out = new ArrayList<>();
        for (PrecisionRecallCurve curve : positives(metrics.precisionRecallCurves(), metrics)) {
            out.add(new ChartSeries(curve.className()
                    + String.format(Locale.ROOT, " (AP %.3f)", curve.averagePrecision()), points(curve.points())));
        }
        return out;
    }

    /** With two classes the curves of both say the same: show the positive (second) class only. */
    private static <T> List<T> positives(List<T> curves, ClassificationMetrics metrics) {
        return metrics.classNames().size() == 2 && curves.size() == 2 ? List.of(curves.get(1)) : curves;
    }

    static List<ChartSeries> calibration(ClassificationMetrics metrics) {
        List<PlotPoint> points = new ArrayList<>();
        for (CalibrationBin bin : metrics.calibration()) {
            if (bin.count() > 0) {
                points.add(new PlotPoint(bin.meanPredicted(), bin.observedFrequency()));
            }
        }
        return List.of(new ChartSeries("model", points));
    }

    static List<ChartSeries> predictedVsActual(RegressionMetrics metrics) {
        return List.of(new ChartSeries("rows", metrics.predictedVsActual()));
    }

    static List<ChartSeries> residuals(RegressionMetrics metrics) {
        return List.of(new ChartSeries("rows", metrics.residualsVsPredicted()));
    }

    /** One series per cluster, so each gets its own colour. */
    static List<ChartSeries> projection(ClusteringMetrics metrics) {
        Map<Integer, List<PlotPoint>> byCluster = new TreeMap<>();
        for (ProjectedPoint p : metrics.projection()) {
            byCluster.computeIfAbsent(p.cluster(), c -> new ArrayList<>()).add(new PlotPoint(p.x(), p.y()));
        }
        List<ChartSeries> out = new ArrayList<>();
        byCluster.forEach((cluster, points) -> out.add(new ChartSeries("cluster " + cluster, points)));
        return out;
    }

    static Map<String, Long> clusterSizes(ClusteringMetrics metrics) {
        Map<String, Long> out = new LinkedHashMap<>();
        metrics.clusterSizes().forEach((cluster, size) -> out.put("cluster " + cluster, size));
        return out;
    }

    /** The top columns by importance, at most {@code limit}. */
    static Map<String, Double> top(Map<String, Double> importances, int limit) {
        Map<String, Double> out = new LinkedHashMap<>();
        importances.entrySet().stream().limit(limit).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static List<PlotPoint> points(List<CurvePoint> curve) {
        int step = Math.max(1, curve.size() / MAX_CURVE_POINTS);
        List<PlotPoint> out = new ArrayList<>();
        for (int i = 0; i < curve.size(); i += step) {
            out.add(new PlotPoint(curve.get(i).x(), curve.get(i).y()));
        }
        if (!curve.isEmpty() && (curve.size() - 1) % step != 0) {
            CurvePoint last = curve.get(curve.size() - 1);
            out.add(new PlotPoint(last.x(), last.y()));
        }
        return out;
    }
}
