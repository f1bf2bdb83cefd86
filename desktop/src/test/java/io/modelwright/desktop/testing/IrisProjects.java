package io.modelwright.desktop.testing;

import io.modelwright.core.data.CsvImporter;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.data.ImportResult;
import io.modelwright.core.experiment.ProjectRecorder;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.TrainingEngine;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.ValidationScheme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Project files made through core's API, as the command line would make them, for the desktop to open. */
public final class IrisProjects {
    private IrisProjects() {
    }

    /** @return a copy of {@code sample-data/iris.csv} in the folder, so a test may change or delete it */
    public static Path copyIris(Path folder) throws IOException {
        return Files.copy(Path.of("..", "sample-data", "iris.csv").toAbsolutePath(), folder.resolve("iris.csv"));
    }

    /** Records one logistic-regression run per seed on the CSV, in the project (created when missing). */
    public static void record(Path project, Path csv, long... seeds) {
        ImportResult imported = new CsvImporter().load(csv, ImportOptions.detect(), ProgressListener.NONE,
                CancellationToken.create());
        for (long seed : seeds) {
            TrainingRequest request = TrainingRequest.builder().table(imported.table()).target("species")
                    .algorithm("logistic-regression").validation(ValidationScheme.crossValidation(3)).seed(seed)
                    .build();
            ProjectRecorder.record(project, csv, imported.dialect(), ImportOptions.detect(), request,
                    new TrainingEngine().run(request, ProgressListener.NONE, CancellationToken.create()), null);
        }
    }
}
