package io.modelwright.desktop.history;

import io.modelwright.desktop.results.MetricCard;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/** The History screen: the leaderboard of runs, opening one run's results, and comparing two side by side. */
public final class HistoryViewModel {
    private final RunHistory history;
    private final Consumer<TrainingRun> showResults;
    private final ObservableList<MetricComparison> comparison = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper leftTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rightTitle = new ReadOnlyStringWrapper("");

    public HistoryViewModel(RunHistory history, Consumer<TrainingRun> showResults) {
        this.history = history;
        this.showResults = showResults;
    }

    public ObservableList<TrainingRun> runs() {
        return history.runs();
    }

    /** Opens the Results screen for one run. */
    public void open(TrainingRun run) {
        if (run != null) {
            showResults.accept(run);
        }
    }

    /** Puts two runs' metrics side by side, every metric either of them has. */
    public void compare(TrainingRun left, TrainingRun right) {
        leftTitle.set(left.title());
        rightTitle.set(right.title());
        Set<String> metrics = new LinkedHashSet<>(left.result().mean().keySet());
        metrics.addAll(right.result().mean().keySet());
        comparison.setAll(metrics.stream().map(m -> new MetricComparison(m, text(left, m), text(right, m))).toList());
    }

    private static String text(TrainingRun run, String metric) {
        return MetricCard.meanAndSpread(run.result().mean().getOrDefault(metric, Double.NaN),
                run.result().std().getOrDefault(metric, Double.NaN));
    }

    /** @return "accuracy 0.953 ± 0.027", the leaderboard's main column */
    public static String mainMetricText(TrainingRun run) {
        return run.mainMetric() + " " + MetricCard.meanAndSpread(run.mainMean(), run.mainStd());
    }

    /** @return the rows of the side-by-side comparison; empty until two runs are compared */
    public ObservableList<MetricComparison> comparison() {
        return comparison;
    }

    public ReadOnlyStringProperty leftTitleProperty() {
        return leftTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightTitleProperty() {
        return rightTitle.getReadOnlyProperty();
    }
}
