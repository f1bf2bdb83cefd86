package io.modelwright.desktop.results;

import io.modelwright.core.data.DataTable;
import io.modelwright.core.eval.ClassificationMetrics;
import io.modelwright.core.eval.ClusteringMetrics;
import io.modelwright.core.eval.ConfusionMatrix;
import io.modelwright.core.eval.RegressionMetrics;
import io.modelwright.core.train.OutOfFoldPrediction;
import io.modelwright.core.train.Task;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.desktop.history.TrainingRun;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;

/**
 * What the Results screen shows for one run: metric cards (mean ± sd over folds) and, computed once from the
 * out-of-fold predictions with the eval library, the task's charts. Selecting a confusion-matrix cell lists the
 * rows behind it.
 */
public final class ResultsViewModel {
    private final TrainingRun run;
    private final DataTable table;
    private final List<MetricCard> cards;
    private final ClassificationMetrics classification;
    private final RegressionMetrics regression;
    private final ClusteringMetrics clustering;
    private final Map<String, Double> importances;
    private final ObservableList<Integer> cellRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper cellCaption = new ReadOnlyStringWrapper("Click a cell to see its rows.");

    public ResultsViewModel(TrainingRun run, DataTable table) {
        this.run = run;
        this.table = table;
        TrainingResult result = run.result();
        this.cards = result.mean().keySet().stream()
                .map(metric -> MetricCard.of(metric, result.mean().get(metric), result.std().get(metric))).toList();
        Task task = result.task();
        this.classification = task == Task.CLASSIFICATION ? OutOfFoldEvaluation.classification(result) : null;
        this.regression = task == Task.REGRESSION ? OutOfFoldEvaluation.regression(result) : null;
        this.clustering = task == Task.CLUSTERING ? OutOfFoldEvaluation.clustering(result, table) : null;
        this.importances = OutOfFoldEvaluation.columnImportances(result);
    }

    /** @return "#1 Logistic regression" */
    public String title() {
        return run.title();
    }

    /** @return "classification of species · 5-fold cross-validation · 150 rows · 1.2 s" */
    public String subtitle() {
        TrainingResult r = run.result();
        String target = run.request().target() == null ? "" : " of " + run.request().target();
        return r.task().id() + target + " · " + run.validationText() + " · " + r.rowsUsed() + " rows · "
                + run.durationText();
    }

    public Task task() {
        return run.result().task();
    }

    public List<MetricCard> cards() {
        return cards;
    }

    public List<String> warnings() {
        return run.result().warnings();
    }

    public DataTable table() {
        return table;
    }

    public TrainingRun run() {
        return run;
    }

    /** @return classification metrics (confusion matrix, curves, calibration), or null for other tasks */
    public ClassificationMetrics classification() {
        return classification;
    }

    /** @return regression metrics with downsampled plot points, or null for other tasks */
    public RegressionMetrics regression() {
        return regression;
    }

    /** @return cluster sizes and the PCA projection, or null for other tasks */
    public ClusteringMetrics clustering() {
        return clustering;
    }

    /** @return importance per input column, largest first; empty when the model has none */
    public Map<String, Double> importances() {
        return importances;
    }

    public List<ChartSeries> rocSeries() {
        return ResultSeries.roc(classification);
    }

    public List<ChartSeries> precisionRecallSeries() {
        return ResultSeries.precisionRecall(classification);
    }

    public List<ChartSeries> calibrationSeries() {
        return ResultSeries.calibration(classification);
    }

    public List<ChartSeries> predictedVsActualSeries() {
        return ResultSeries.predictedVsActual(regression);
    }

    public List<ChartSeries> residualSeries() {
        return ResultSeries.residuals(regression);
    }

    public List<ChartSeries> projectionSeries() {
        return ResultSeries.projection(clustering);
    }

    public Map<String, Long> clusterSizes() {
        return ResultSeries.clusterSizes(clustering);
    }

    /** @return the 15 most important columns, largest first */
    public Map<String, Double> topImportances() {
        return ResultSeries.top(importances, 15);
    }

    /** @return what the importances measure: "weight", "gain" or "none" */
    public String importanceKind() {
        return run.result().importanceKind();
    }

    /** @return a cell's count as a share of its true class (its row of the matrix), 0..1 */
    public double rowShare(int trueClass, int predictedClass) {
        ConfusionMatrix matrix = classification.confusionMatrix();
        long support = matrix.support(trueClass);
        return support == 0 ? 0 : (double) matrix.count(trueClass, predictedClass) / support;
    }

    /** Lists the rows whose truth and prediction fall in this cell. */
    public void selectCell(int trueClass, int predictedClass) {
        List<String> classes = classification.classNames();
        String truth = classes.get(trueClass);
        String predicted = classes.get(predictedClass);
        cellRows.setAll(run.result().outOfFold().stream()
                .filter(p -> truth.equals(p.truth()) && predicted.equals(p.predicted()))
                .map(OutOfFoldPrediction::row).toList());
        cellCaption.set(cellRows.size() + (cellRows.size() == 1 ? " row is " : " rows are ") + truth
                + (trueClass == predictedClass ? ", predicted correctly." : ", predicted as " + predicted + "."));
    }

    /** @return the table rows of the selected cell */
    public ObservableList<Integer> cellRows() {
        return cellRows;
    }

    public ReadOnlyStringProperty cellCaptionProperty() {
        return cellCaption.getReadOnlyProperty();
    }
}
