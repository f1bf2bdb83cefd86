package io.modelwright.core.experiment;

import io.modelwright.core.data.CsvImporter;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.data.ImportResult;
import io.modelwright.core.project.Project;
import io.modelwright.core.project.RunRecord;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.TrainingEngine;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.core.train.ValidationScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribuo.Model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs saved in a project train again to the very same numbers, and a changed data file is reported. */
class RunReproducerTest {
    @TempDir
    Path tmp;

    private String trainAndRecord(Path csv, Path projectFile, String algorithm) {
        ImportOptions options = ImportOptions.detect();
        ImportResult imported = new CsvImporter().load(csv, options, ProgressListener.NONE, CancellationToken.create());
        TrainingRequest request = TrainingRequest.builder().table(imported.table()).target("species")
                .algorithm(algorithm).validation(ValidationScheme.crossValidation(3)).build();
        TrainingResult result = new TrainingEngine().run(request, ProgressListener.NONE, CancellationToken.create());
        return ProjectRecorder.record(projectFile, csv, imported.dialect(), options, request, result, "first try");
    }

    private Path irisCopy() throws Exception {
        return Files.copy(Path.of("..", "sample-data", "iris.csv"), tmp.resolve("iris.csv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"logistic-regression", "random-forest", "xgboost"})
    void reproducesARecordedRunIdentically(String algorithm) throws Exception {
        Path projectFile = tmp.resolve("p.mwproj");
        String runId = trainAndRecord(irisCopy(), projectFile, algorithm);
        try (Project project = Project.open(projectFile)) {
            ReproduceReport report = new RunReproducer().reproduce(project, runId, null);
            assertThat(report.differences()).isEmpty();
            assertThat(report.identical()).isTrue();
        }
    }

    @Test
    void reportsTheFingerprintWhenTheDataFileChanged() throws Exception {
        Path csv = irisCopy();
        Path projectFile = tmp.resolve("p.mwproj");
        String runId = trainAndRecord(csv, projectFile, "logistic-regression");
        List<String> lines = Files.readAllLines(csv);
        lines.set(1, lines.get(1).replaceFirst("^[0-9.]+", "9.9"));
        Files.write(csv, lines);
        try (Project project = Project.open(projectFile)) {
            ReproduceReport report = new RunReproducer().reproduce(project, runId, null);
            assertThat(report.identical()).isFalse();
            assertThat(report.differences()).anySatisfy(d -> assertThat(d).startsWith("Data fingerprint"));
        }
    }

    @Test
    void aRunRecordKeepsTheModelMetricsAndSettings() throws Exception {
        Path projectFile = tmp.resolve("p.mwproj");
        String runId = trainAndRecord(irisCopy(), projectFile, "logistic-regression");
        try (Project project = Project.open(projectFile)) {
            RunRecord run = project.loadRun(runId);
            assertThat(run.note()).isEqualTo("first try");
            assertThat(run.metrics().get("accuracy").perFold()).hasSize(3);
            assertThat(run.provenanceJson()).doesNotContain(tmp.toString());
            Model<?> model = RunRecords.loadModel(run);
            assertThat(model.getOutputIDInfo().size()).isEqualTo(3);
            RunSettings settings = RunRecords.settings(run);
            assertThat(settings.target()).isEqualTo("species");
            assertThat(settings.outOfFold()).hasSize(150);
            assertThat(project.schema()).isPresent();
        }
    }
}
