package io.modelwright.core.experiment;

import io.modelwright.core.data.DataTable;
import io.modelwright.core.project.MetricValue;
import io.modelwright.core.project.Project;
import io.modelwright.core.project.RunRecord;
import io.modelwright.core.project.Versions;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.Task;
import io.modelwright.core.train.TrainingEngine;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.core.train.ValidationScheme;
import io.modelwright.runtime.artifact.ModelTask;
import io.modelwright.runtime.score.Prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains a recorded run again from its saved settings and says whether the result is identical: the same data
 * fingerprint, every metric equal to the last bit (mean and each fold), the same out-of-fold predictions, and the
 * same final-model predictions on the held-out rows. Versions that differ are listed too, as a likely cause.
 */
public final class RunReproducer {
    private final TrainingEngine engine;

    /** A reproducer with the built-in metrics. */
    public RunReproducer() {
        this(new TrainingEngine());
    }

    /** @param engine the engine to train with */
    public RunReproducer(TrainingEngine engine) {
        this.engine = engine;
    }

    /**
     * @param project the project holding the run
     * @param runId   the run
     * @param table   the data to use, or null to import the project's data file again (and check its fingerprint)
     * @throws io.modelwright.core.ModelwrightException when the run or its data cannot be found
     */
    public ReproduceReport reproduce(Project project, String runId, DataTable table) {
        RunRecord run = project.loadRun(runId);
        RunSettings settings = RunRecords.settings(run);
        List<String> differences = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (table == null) {
            ProjectData data = ProjectData.load(project, settings.typeOverrides(), false);
            notes.addAll(data.notes());
            if (!data.sha256().equals(settings.datasetSha256())) {
                differences.add("Data fingerprint: the run was trained on " + settings.datasetFile() + " with SHA-256 "
                        + settings.datasetSha256() + ", but " + data.file().getFileName() + " now has SHA-256 "
                        + data.sha256() + ".");
            }
            table = data.table();
        }
        try {
            TrainingResult again = engine.run(request(run, settings, table), ProgressListener.NONE,
                    CancellationToken.create());
            compareMetrics(run.metrics(), RunRecords.metrics(again), differences);
            compareHeldOut(settings.outOfFold(), RunRecords.heldOut(again.outOfFold()), differences);
            compareFinalModels(run, settings, again, table, differences);
        } catch (RuntimeException e) {
            differences.add("Training again failed: " + e.getMessage());
        }
        // Versions alone do not make a result different; listed after the differences as a likely cause.
        boolean identical = differences.isEmpty();
        compareVersions(run.versions(), Versions.current(), differences);
        return new ReproduceReport(runId, identical, differences, notes);
    }

    static TrainingRequest request(RunRecord run, RunSettings s, DataTable table) {
        TrainingRequest.Builder b = TrainingRequest.builder().table(table).target(s.target())
                .task(Task.fromId(run.task())).algorithm(run.algorithm()).hyperparameters(s.typedSettings())
                .seed(run.seed()).validation(ValidationScheme.parse(run.validation())).stratify(s.stratify())
                .ignore(s.ignoredColumns()).featureColumns(s.featureColumns()).finalModel(true);
        s.typeOverrides().forEach(b::typeOverride);
        return b.build();
    }

    private static void compareVersions(Versions then, Versions now, List<String> differences) {
        if (!then.app().equals(now.app())) {
            differences.add("App version: " + then.app() + " vs " + now.app() + ".");
        }
        if (!then.tribuo().equals(now.tribuo())) {
            differences.add("Tribuo version: " + then.tribuo() + " vs " + now.tribuo() + ".");
        }
        if (!then.java().equals(now.java())) {
            differences.add("Java version: " + then.java() + " vs " + now.java() + ".");
        }
    }

    static void compareMetrics(Map<String, MetricValue> then, Map<String, MetricValue> now,
                               List<String> differences) {
        for (Map.Entry<String, MetricValue> e : then.entrySet()) {
            String name = e.getKey();
            MetricValue b = now.get(name);
            if (b == null) {
                differences.add("Metric " + name + ": " + e.getValue().value() + " vs (not computed).");
                continue;
            }
            MetricValue a = e.getValue();
            if (Double.compare(a.value(), b.value()) != 0) {
                differences.add("Metric " + name + ": " + a.value() + " vs " + b.value() + ".");
            }
            int folds = Math.max(a.perFold().size(), b.perFold().size());
            for (int f = 0; f < folds; f++) {
                Double x = f < a.perFold().size() ? a.perFold().get(f) : null;
                Double y = f < b.perFold().size() ? b.perFold().get(f) : null;
                if (x == null || y == null || Double.compare(x, y) != 0) {
                    differences.add("Metric " + name + " on fold " + (f + 1) + ": " + x + " vs " + y + ".");
                }
            }
        }
        for (String name : now.keySet()) {
            if (!then.containsKey(name)) {
                differences.add("Metric " + name + ": (not recorded) vs " + now.get(name).value() + ".");
            }
        }
    }

    private static void compareHeldOut(List<RunSettings.HeldOutPrediction> then,
                                       List<RunSettings.HeldOutPrediction> now, List<String> differences) {
        int differing = Math.abs(then.size() - now.size());
        for (int i = 0; i < Math.min(then.size(), now.size()); i++) {
            if (!then.get(i).sameAs(now.get(i))) {
                differing++;
            }
        }
        if (differing > 0) {
            differences.add(differing + " of " + then.size() + " held-out (out-of-fold) predictions differ.");
        }
    }

    private static void compareFinalModels(RunRecord run, RunSettings s, TrainingResult again, DataTable table,
                                           List<String> differences) {
        List<Integer> rows = ExportRequests.evenlySpaced(s.heldOutRows(), ExportRequests.MAX_HELD_OUT);
        if (rows.stream().anyMatch(r -> r >= table.rowCount())) {
            differences.add("The data has fewer rows than the run's held-out rows, so the final models cannot be "
                    + "compared.");
            return;
        }
        ModelTask task = ModelTask.fromId(run.task());
        List<Prediction> then = InProcessScoring.predict(RunRecords.loadModel(run), run.featurizerSpec(), task,
                s.target(), RawRows.of(table, run.featurizerSpec().inputNames(), rows));
        List<Prediction> now;
        try {
            now = InProcessScoring.predict(again.model(), again.featurizerSpec(), task, s.target(),
                    RawRows.of(table, again.featurizerSpec().inputNames(), rows));
        } catch (RuntimeException e) {
            differences.add("The final model trained again cannot score the held-out rows: " + e.getMessage());
            return;
        }
        long differing = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!then.get(i).equals(now.get(i))) {
                differing++;
            }
        }
        if (differing > 0) {
            differences.add(differing + " of " + rows.size() + " final-model predictions on the held-out rows "
                    + "differ.");
        }
    }
}
