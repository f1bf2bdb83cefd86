package io.modelwright.desktop.cli;

import io.modelwright.core.data.CsvImporter;
import io.modelwright.core.data.ImportResult;
import io.modelwright.core.experiment.ExportRequests;
import io.modelwright.core.experiment.ProjectRecorder;
import io.modelwright.core.export.ArtifactExporter;
import io.modelwright.core.export.ExportResult;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.FoldResult;
import io.modelwright.core.train.TrainingEngine;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code modelwright train FILE --target COL ...}: trains and validates one model, prints its scores; with
 * {@code --project} saves the run, with {@code --export} writes the verified artifact of the final model.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train one model and score it with cross-validation or a hold-out split.")
public final class TrainCommand implements Callable<Integer> {
    @Mixin
    TrainingOptions options = new TrainingOptions();

    @Option(names = "--algorithm", paramLabel = "ID", description = "Algorithm id (see 'modelwright algorithms'); a strong default per task.")
    String algorithm;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Change an algorithm setting, e.g. --set maxDepth=4.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--export", paramLabel = "DIR", description = "Also export the final model to this new folder, verified by the exported scorer.")
    Path exportDir;

    @Option(names = "--project", paramLabel = "FILE", description = "Save the run in this project file (.mwproj; created when missing).")
    Path projectFile;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note saved with the run (with --project).")
    String note;

    @Spec
    CommandSpec spec;

    private final TableSource source;

    /** Reads the file with the CSV importer. */
    public TrainCommand() {
        this(TableSource.CSV);
    }

    TrainCommand(TableSource source) {
        this.source = source;
    }

    @Override
    public Integer call() {
        if (exportDir != null) {
            ArtifactOutput.requireEmptyFolder(exportDir); // before training, not after minutes of it
        }
        boolean keepModel = exportDir != null || projectFile != null;
        // A project records how the file was read, so it needs the importer's dialect, not just the table.
        ImportResult imported = projectFile == null ? null : new CsvImporter().load(options.file,
                options.importOptions(), ProgressListener.NONE, CancellationToken.create());
        TrainingRequest.Builder builder = imported != null ? options.request(imported.table())
                : options.request(source);
        TrainingRequest request = builder.algorithm(algorithm).hyperparameters(settings).finalModel(keepModel)
                .build();
        TrainingResult result = new TrainingEngine().run(request, ProgressListener.NONE, CancellationToken.create());
        String runId = imported == null ? null : ProjectRecorder.record(projectFile, options.file,
                imported.dialect(), options.importOptions(), request, result, note);
        ExportResult exported = exportDir == null ? null : new ArtifactExporter().export(
                ExportRequests.from(result, request.table(), request.target(), options.file), exportDir,
                ProgressListener.NONE, CancellationToken.create());
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            Map<String, Object> json = json(result);
            if (runId != null) {
                json.put("runId", runId);
            }
            if (exported != null) {
                json.put("export", ArtifactOutput.json(exported));
            }
            out.println(JsonOutput.write(json));
        } else {
            out.println(summary(result));
            if (runId != null) {
                out.println("Saved as run " + runId + " in " + projectFile + ".");
            }
            if (exported != null) {
                out.println(ArtifactOutput.text(exported));
            }
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> json(TrainingResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", r.task().id());
        m.put("algorithm", r.algorithm());
        m.put("seed", r.seed());
        m.put("validation", r.validation());
        m.put("rows", r.rowsUsed());
        m.put("features", r.featureCount());
        m.put("metrics", JsonOutput.finite(r.mean()));
        m.put("std", JsonOutput.finite(r.std()));
        List<Map<String, Object>> folds = new ArrayList<>();
        for (FoldResult f : r.folds()) {
            Map<String, Object> fold = new LinkedHashMap<>();
            fold.put("fold", f.fold() + 1);
            fold.put("trainRows", f.trainRows());
            fold.put("testRows", f.testRows());
            fold.put("metrics", JsonOutput.finite(f.metrics()));
            folds.add(fold);
        }
        m.put("folds", folds);
        return m;
    }

    static String summary(TrainingResult r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%s (%s) on %d rows, %d features, %s, seed %d%n", r.algorithm(), r.task().id(),
                r.rowsUsed(), r.featureCount(), r.validation(), r.seed()));
        r.mean().forEach((metric, mean) -> s.append(String.format("  %-17s %.4f ± %.4f   folds: %s%n", metric, mean,
                r.std().get(metric), folds(r.foldValues(metric)))));
        s.append("Settings: ").append(r.hyperparameters().isEmpty() ? "none" : r.hyperparameters()).append('\n');
        r.warnings().forEach(w -> s.append("Note: ").append(w).append('\n'));
        return s.toString().stripTrailing();
    }

    private static String folds(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(String.format("%.3f ", v));
        }
        return s.toString().trim();
    }
}
