package io.modelwright.desktop.overfit;

import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.OutOfFoldPrediction;
import io.modelwright.core.train.TableRows;
import io.modelwright.core.train.Task;
import io.modelwright.core.train.TrainingEngine;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.core.train.ValidationScheme;
import io.modelwright.desktop.tryit.RunPredictor;
import io.modelwright.runtime.score.Prediction;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains one algorithm over a range of one setting and scores each model twice: on the rows it learned from, and
 * on rows it has not seen. Every value uses the same seed and the same 70/30 split, so only the setting changes.
 *
 * <p>Kept simple and honest: the "fit" score is the final model (trained on all rows) scored on all rows; the
 * "test" score is the hold-out score of a model trained on 70%. The gap between them is what overfitting looks like.
 */
public final class FittingCurve {
    /** Share of rows held out for the test score. */
    static final double HOLDOUT = 0.3;

    private FittingCurve() {
    }

    /**
     * @param base    the run's request (data, target, algorithm, other settings, seed)
     * @param setting a numeric hyperparameter of the algorithm
     * @param values  the values to try, in order
     * @return one point per value; scores are accuracy (classification) or RMSE (regression)
     */
    public static List<FitPoint> compute(TrainingRequest base, String setting, List<Double> values,
                                         ProgressListener progress, CancellationToken cancel) {
        if (base.task() != Task.CLASSIFICATION && base.task() != Task.REGRESSION) {
            throw new IllegalArgumentException("The fitting curve needs a target to score against "
                    + "(classification or regression).");
        }
        boolean integer = base.algorithm().hyperparameter(setting) != null
                && base.algorithm().hyperparameter(setting).isInteger();
        List<FitPoint> points = new ArrayList<>();
        TrainingEngine engine = new TrainingEngine();
        for (int i = 0; i < values.size(); i++) {
            cancel.throwIfCancelled();
            double value = values.get(i);
            String text = integer ? Long.toString(Math.round(value)) : Double.toString(value);
            progress.progress(i, values.size(), setting + " = " + text);
            TrainingRequest request = base.toBuilder().set(setting, text)
                    .validation(ValidationScheme.holdout(HOLDOUT)).finalModel(true).build();
            TrainingResult result = engine.run(request, ProgressListener.NONE, cancel);
            points.add(new FitPoint(value, fitScore(request, result), testScore(request.task(), result)));
        }
        progress.progress(values.size(), values.size(), "Done");
        return points;
    }

    /** @return "accuracy" or "RMSE" */
    public static String metricName(Task task) {
        return task == Task.CLASSIFICATION ? "accuracy" : "RMSE";
    }

    private static double testScore(Task task, TrainingResult result) {
        List<OutOfFoldPrediction> held = result.outOfFold();
        if (task == Task.CLASSIFICATION) {
            return held.stream().filter(p -> p.truth().equals(p.predicted())).count() / (double) held.size();
        }
        double sum = 0;
        for (OutOfFoldPrediction p : held) {
            double d = p.predictedValue() - p.truthValue();
            sum += d * d;
        }
        return Math.sqrt(sum / held.size());
    }

    private static double fitScore(TrainingRequest request, TrainingResult result) {
        DataTable table = request.table();
        Column target = table.column(request.target());
        RunPredictor predictor = new RunPredictor(result, request.target());
        TableRows rows = new TableRows(table, result.featurizerSpec());
        List<Object[]> canonical = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (!target.isMissing(r)) {
                canonical.add(rows.row(r));
                used.add(r);
            }
        }
        List<Prediction> predicted = predictor.predictCanonical(canonical);
        double total = 0;
        for (int i = 0; i < used.size(); i++) {
            int r = used.get(i);
            if (request.task() == Task.CLASSIFICATION) {
                total += target.text(r).equals(predicted.get(i).label()) ? 1 : 0;
            } else {
                double d = predicted.get(i).value() - ((NumericColumn) target).value(r);
                total += d * d;
            }
        }
        return request.task() == Task.CLASSIFICATION ? total / used.size() : Math.sqrt(total / used.size());
    }
}
