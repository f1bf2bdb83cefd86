package io.modelwright.core.project;

import io.modelwright.runtime.schema.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void keepsEveryFieldOfARunAfterReopening() {
        Path file = dir.resolve("iris.mwproj");
        RunRecord run = SampleRuns.run(1);
        String runId;
        try (Project project = Project.create(file)) {
            runId = project.addRun(run);
        }
        try (Project project = Project.open(file)) {
            RunRecord loaded = project.loadRun(runId);
            assertThat(loaded.runId()).isEqualTo(runId);
            assertThat(loaded.created()).isEqualTo(run.created());
            assertThat(loaded.task()).isEqualTo(run.task());
            assertThat(loaded.algorithm()).isEqualTo(run.algorithm());
            assertThat(loaded.hyperparameters()).isEqualTo(run.hyperparameters());
            assertThat(loaded.seed()).isEqualTo(run.seed());
            assertThat(loaded.validation()).isEqualTo(run.validation());
            assertThat(loaded.featurizerSpec()).isEqualTo(run.featurizerSpec());
            assertThat(loaded.metrics()).isEqualTo(run.metrics());
            assertThat(loaded.curvesJson()).isEqualTo(run.curvesJson());
            assertThat(loaded.importancesJson()).isEqualTo(run.importancesJson());
            assertThat(loaded.model()).isEqualTo(run.model());
            assertThat(loaded.provenanceJson()).isEqualTo(run.provenanceJson());
            assertThat(loaded.timingsMs()).isEqualTo(run.timingsMs());
            assertThat(loaded.versions()).isEqualTo(run.versions());
            assertThat(loaded.note()).isEqualTo(run.note());
            assertThat(loaded.heldOutJson()).isEqualTo(run.heldOutJson());
            assertThat(loaded).isEqualTo(run.withRunId(runId));
        }
    }

    @Test
    void keepsTheDatasetReferenceAndTheEmbeddedCsv() throws Exception {
        Path csv = Files.writeString(dir.resolve("iris.csv"), "a,b\n1,2\n3,4\n", StandardCharsets.UTF_8);
        DatasetRef ref = DatasetRef.of(csv, 2);
        Path file = dir.resolve("p.mwproj");
        try (Project project = Project.create(file)) {
            project.saveDataset(ref, Optional.of(Files.readAllBytes(csv)));
        }
        try (Project project = Project.open(file)) {
            assertThat(project.dataset()).contains(ref);
            assertThat(ref.fileName()).isEqualTo("iris.csv");
            assertThat(ref.sizeBytes()).isEqualTo(Files.size(csv));
            assertThat(ref.sha256()).hasSize(64);
            assertThat(project.hasEmbeddedCsv()).isTrue();
            assertThat(project.embeddedCsv()).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo("a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void savesADatasetWithoutAnEmbeddedCopy() throws Exception {
        Path csv = Files.writeString(dir.resolve("iris.csv"), "a\n1\n");
        try (Project project = Project.create(dir.resolve("p.mwproj"))) {
            project.saveDataset(DatasetRef.of(csv, 1), Optional.empty());
            assertThat(project.hasEmbeddedCsv()).isFalse();
            assertThat(project.embeddedCsv()).isEmpty();
        }
    }

    @Test
    void refusesAnEmbeddedCopyThatIsNotTheFingerprintedFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("iris.csv"), "a\n1\n");
        try (Project project = Project.create(dir.resolve("p.mwproj"))) {
            assertThatThrownBy(() -> project.saveDataset(DatasetRef.of(csv, 1), Optional.of(new byte[] {1})))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iris.csv");
        }
    }

    @Test
    void keepsTheSchemaDecisionsAndImportSettings() {
        List<SchemaDecision> columns = List.of(
                new SchemaDecision("sepal_length", ColumnType.NUMERIC, ColumnRole.FEATURE),
                new SchemaDecision("id", ColumnType.IDENTIFIER, ColumnRole.IGNORE),
                new SchemaDecision("species", ColumnType.CATEGORICAL, ColumnRole.TARGET));
        ImportSettings settings = new ImportSettings("ISO-8859-1", ';', ',', true, true, List.of("", "n/a"));
        Path file = dir.resolve("p.mwproj");
        try (Project project = Project.create(file)) {
            project.saveSchema(List.of(new SchemaDecision("old", ColumnType.TEXT, ColumnRole.IGNORE)), settings);
            project.saveSchema(columns, settings);
        }
        try (Project project = Project.open(file)) {
            ProjectSchema schema = project.schema().orElseThrow();
            assertThat(schema.columns()).isEqualTo(columns);
            assertThat(schema.importSettings()).isEqualTo(settings);
            assertThat(schema.target()).contains("species");
            assertThat(schema.features()).containsExactly("sepal_length");
            assertThat(settings.toImportOptions(columns).typeOverrides()).containsEntry("id", ColumnType.IDENTIFIER);
        }
    }

    @Test
    void refusesASchemaWithTwoTargets() {
        try (Project project = Project.create(dir.resolve("p.mwproj"))) {
            assertThatThrownBy(() -> project.saveSchema(List.of(
                    new SchemaDecision("a", ColumnType.NUMERIC, ColumnRole.TARGET),
                    new SchemaDecision("b", ColumnType.NUMERIC, ColumnRole.TARGET)),
                    new ImportSettings("UTF-8", ',', '.', true, false, null)))
                    .hasMessageContaining("at most one target");
            assertThat(project.schema()).isEmpty();
        }
    }

    @Test
    void listsRunsOldestFirstWithTheirHeadlineMetrics() {
        try (Project project = Project.create(dir.resolve("p.mwproj"))) {
            String second = project.addRun(SampleRuns.run(2));
            String first = project.addRun(SampleRuns.run(1));
            List<RunSummary> runs = project.listRuns();
            assertThat(runs).extracting(RunSummary::runId).containsExactly(first, second);
            RunSummary summary = runs.get(0);
            RunRecord run = SampleRuns.run(1);
            assertThat(summary.created()).isEqualTo(run.created());
            assertThat(summary.task()).isEqualTo("regression");
            assertThat(summary.algorithm()).isEqualTo(run.algorithm());
            assertThat(summary.validation()).isEqualTo("cv:5");
            assertThat(summary.note()).isEqualTo(run.note());
            assertThat(summary.metrics()).containsEntry("accuracy", run.metrics().get("accuracy").value())
                    .containsEntry("holdout-accuracy", 0.93).containsEntry("mcc", Double.NaN);
        }
    }

    @Test
    void updatesANoteAndDeletesARun() {
        Path file = dir.resolve("p.mwproj");
        String kept;
        try (Project project = Project.create(file)) {
            kept = project.addRun(SampleRuns.run(1));
            String deleted = project.addRun(SampleRuns.run(2));
            project.updateNote(kept, "best so far");
            project.deleteRun(deleted);
            assertThatThrownBy(() -> project.loadRun(deleted)).isInstanceOf(ProjectException.class)
                    .hasMessageContaining("There is no run '" + deleted + "'");
        }
        try (Project project = Project.open(file)) {
            assertThat(project.listRuns()).extracting(RunSummary::runId).containsExactly(kept);
            assertThat(project.loadRun(kept).note()).isEqualTo("best so far");
        }
    }

    @Test
    void reportsAnUnknownRunWhenChangingIt() {
        try (Project project = Project.create(dir.resolve("p.mwproj"))) {
            assertThatThrownBy(() -> project.updateNote("nope", "x")).hasMessageContaining("no run 'nope'");
            assertThatThrownBy(() -> project.deleteRun("nope")).hasMessageContaining("no run 'nope'");
        }
    }

    @Test
    void givesEveryRunItsOwnShortTimeOrderedId() {
        try (Project project = Project.create(dir.resolve("p.mwproj"))) {
            RunRecord sameMillisecond = SampleRuns.run(1);
            List<String> ids = List.of(project.addRun(sameMillisecond), project.addRun(sameMillisecond),
                    project.addRun(SampleRuns.run(2)));
            assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-z]{9}-[0-9a-z]{4}"));
            assertThat(ids.get(2).substring(0, 9)).isGreaterThan(ids.get(0).substring(0, 9));
        }
    }

    @Test
    void keepsAGivenRunIdAndRefusesItTwice() {
        try (Project project = Project.create(dir.resolve("p.mwproj"))) {
            RunRecord run = SampleRuns.run(1).withRunId("imported-1");
            assertThat(project.addRun(run)).isEqualTo("imported-1");
            assertThatThrownBy(() -> project.addRun(run)).hasMessageContaining("already has a run 'imported-1'");
            assertThat(project.listRuns()).hasSize(1);
        }
    }

    @Test
    void stripsAbsolutePathsFromProvenanceWhenAddingARun() {
        try (Project project = Project.create(dir.resolve("p.mwproj"))) {
            RunRecord run = SampleRuns.run(1).toBuilder()
                    .provenanceJson("{\"datasource\":{\"dataPath\":\"/home/ana/course/iris.csv\"}}").build();
            String id = project.addRun(run);
            assertThat(project.loadRun(id).provenanceJson()).isEqualTo("{\"datasource\":{\"dataPath\":\"iris.csv\"}}");
        }
    }

    @Test
    void opensAProjectWhosePathHasSpacesAndSigns() throws Exception {
        Path file = Files.createDirectories(dir.resolve("Cours été 2026")).resolve("my project #1 (v2)%.mwproj");
        String runId;
        try (Project project = Project.create(file)) {
            runId = project.addRun(SampleRuns.run(4));
        }
        try (Project project = Project.open(file)) {
            assertThat(project.loadRun(runId)).isEqualTo(SampleRuns.run(4).withRunId(runId));
        }
    }

    @Test
    void refusesToCreateOverAnExistingFile() throws Exception {
        Path existing = Files.writeString(dir.resolve("p.mwproj"), "keep me");
        assertThatThrownBy(() -> Project.create(existing)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("p.mwproj").hasMessageContaining("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void listsAllOfFiveHundredRuns() {
        List<RunRecord> samples = IntStream.range(0, 7).mapToObj(SampleRuns::run).toList();
        try (Project project = Project.create(dir.resolve("big.mwproj"))) {
            for (int n = 0; n < 500; n++) {
                RunRecord run = samples.get(n % 7);
                project.addRun(run.toBuilder().created(run.created().plusSeconds(3600L * n)).build());
            }
        }
        try (Project project = Project.open(dir.resolve("big.mwproj"))) {
            assertThat(project.listRuns()).hasSize(500).extracting(RunSummary::created).isSorted();
        }
    }

    @Test
    void writesTheFormatAndVersionIntoTheFile() throws Exception {
        Path file = dir.resolve("p.mwproj");
        Project.create(file).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var s = c.createStatement()) {
            var meta = s.executeQuery("SELECT key, value FROM meta ORDER BY key");
            Map<String, String> values = new TreeMap<>();
            while (meta.next()) {
                values.put(meta.getString(1), meta.getString(2));
            }
            assertThat(values).containsEntry("format", "modelwright-project")
                    .containsEntry("schema_version", Integer.toString(Migrations.latest()));
            var userVersion = s.executeQuery("PRAGMA user_version");
            assertThat(userVersion.getInt(1)).isEqualTo(Migrations.latest());
            var journal = s.executeQuery("PRAGMA journal_mode");
            assertThat(journal.getString(1)).isEqualTo("wal");
        }
    }
}
