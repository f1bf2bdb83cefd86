package io.modelwright.core.train;

import io.modelwright.core.data.DataTable;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import org.tribuo.Model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link TrainingRequest} in this JVM: splits the rows (seeded, stratified for classification), and per
 * fold fits the featurizer on the training rows, trains a fresh trainer with a seed derived from the fold, and
 * scores the test rows through a {@link MetricsCalculator}. Then, if asked, trains the final model on all rows.
 * <p>
 * Progress is reported per fold ("Fold 2 of 5"); cancel is checked between folds and models. Tribuo's own
 * training cannot be interrupted: use {@link IsolatedTrainer} for a cancel that stops at once.
 */
public final class TrainingEngine {
    private final MetricsCalculator metrics;

    /** An engine with the built-in metrics. */
    public TrainingEngine() {
        this(new StandardMetricsCalculator());
    }

    /** @param metrics how fold predictions become numbers */
    public TrainingEngine(MetricsCalculator metrics) {
        this.metrics = metrics;
    }

    /** @return the metrics calculator in use */
    public MetricsCalculator metrics() {
        return metrics;
    }

    /**
     * Trains, validates and (if requested) trains the final model.
     *
     * @throws io.modelwright.core.task.CancelledException when cancelled
     * @throws io.modelwright.core.ModelwrightException when the data cannot be trained on, in words
     */
    public TrainingResult run(TrainingRequest request, ProgressListener progress, CancellationToken cancel) {
        long start = System.nanoTime();
        TargetColumn target = target(request);
        int[] rows = target.usableRows(request.table().rowCount());
        List<Fold> folds = folds(request, target, rows);
        int total = folds.size() + (request.finalModel() ? 1 : 0);
        FoldTrainer trainer = new FoldTrainer(request, target);
        List<FoldResult> results = new ArrayList<>();
        List<OutOfFoldPrediction> oof = new ArrayList<>();
        int featureCount = 0;
        for (Fold fold : folds) {
            cancel.throwIfCancelled();
            progress.progress(fold.index(), total, "Fold " + (fold.index() + 1) + " of " + folds.size());
            FoldTrainer.Fitted fitted = trainer.train(fold.trainRows(), foldSeed(request.seed(), fold.index()));
            cancel.throwIfCancelled();
            long t0 = System.nanoTime();
            FoldPredictions p = trainer.predict(fitted, fold.index(), fold.trainRows().length, fold.testRows());
            long predictMillis = (System.nanoTime() - t0) / 1_000_000;
            results.add(new FoldResult(fold.index(), fold.trainRows().length, fold.testRows().length,
                    metrics.compute(p), fitted.trainMillis(), predictMillis));
            oof.addAll(outOfFold(p));
            featureCount = fitted.spec().featureNames().size();
        }
        oof.sort(Comparator.comparingInt(OutOfFoldPrediction::row));
        Model<?> model = null;
        FoldTrainer.Fitted last = null;
        long finalMillis = 0;
        if (request.finalModel()) {
            cancel.throwIfCancelled();
            progress.progress(folds.size(), total, "Final model on all " + rows.length + " rows");
            last = trainer.train(rows, request.seed());
            model = last.model();
            finalMillis = last.trainMillis();
            featureCount = last.spec().featureNames().size();
        }
        progress.progress(total, total, "Done");
        List<String> warnings = new ArrayList<>(ResourceEstimate.of(request).warnings());
        int dropped = request.table().rowCount() - rows.length;
        if (dropped > 0) {
            warnings.add(0, dropped + " row" + (dropped == 1 ? " was" : "s were") + " left out because the target '"
                    + request.target() + "' is missing there.");
        }
        return new TrainingResult(request.task(), request.algorithm().id(),
                request.algorithm().effectiveValues(request.hyperparameters()), request.seed(),
                request.validation().toString(), rows.length, dropped, featureCount, request.featureColumns(),
                request.task() == Task.CLASSIFICATION ? target.classes() : List.of(), List.copyOf(results),
                FoldSummary.mean(results), FoldSummary.std(results), List.copyOf(oof), model,
                last == null ? null : last.spec(),
                model == null ? Map.of() : NativeImportances.of(request.algorithm().id(), model),
                model == null ? "none" : NativeImportances.kind(request.algorithm().id(), model),
                (System.nanoTime() - start) / 1_000_000, finalMillis,
                model == null ? null : ProvenanceJson.of(model), List.copyOf(warnings));
    }

    /** @return the target of a request (a column-less target for clustering/anomaly without one) */
    static TargetColumn target(TrainingRequest request) {
        DataTable table = request.table();
        return new TargetColumn(request.task(), request.target() == null ? null : table.column(request.target()));
    }

    /** @return the request's train/test splits over the usable rows, seeded and stratified as asked */
    static List<Fold> folds(TrainingRequest request, TargetColumn target, int[] rows) {
        String[] strata = null;
        if (request.stratify() && target.column() != null) {
            strata = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                strata[i] = target.column().text(rows[i]);
            }
        }
        ValidationScheme v = request.validation();
        if (v.isCrossValidation()) {
            return StratifiedKFold.split(rows, strata, v.folds(), request.seed());
        }
        return List.of(StratifiedSplitter.split(rows, strata, v.holdoutFraction(), request.seed()));
    }

    /** A different but reproducible seed per fold, so folds do not share one random stream. */
    static long foldSeed(long seed, int fold) {
        long z = seed + 0x9E3779B97F4A7C15L * (fold + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    private static List<OutOfFoldPrediction> outOfFold(FoldPredictions p) {
        List<OutOfFoldPrediction> out = new ArrayList<>(p.size());
        for (int i = 0; i < p.size(); i++) {
            out.add(new OutOfFoldPrediction(p.rows()[i], p.fold(),
                    p.truthLabels() == null ? null : p.truthLabels()[i],
                    p.predictedLabels() == null ? null : p.predictedLabels()[i],
                    p.truthValues() == null ? Double.NaN : p.truthValues()[i],
                    p.predictedValues() == null ? Double.NaN : p.predictedValues()[i],
                    p.probabilities() == null ? null : p.probabilities()[i]));
        }
        return out;
    }
}
